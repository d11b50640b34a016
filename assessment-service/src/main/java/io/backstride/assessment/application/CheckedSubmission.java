package io.backstride.assessment.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.backstride.assessment.domain.instrument.Submission;
import io.backstride.assessment.persistence.StoredSubmission;
import tools.jackson.databind.json.JsonMapper;

/**
 * The envelope of a submission checked (runner, key, tenant, race, locale, the list of instruments) and its
 * answers handed to the domain. Envelope problems are collected, never thrown, so that they are reported together
 * with the answers' problems and never hold back urgent-care advice.
 */
record CheckedSubmission(Locale locale, List<Submission> submissions, List<StoredSubmission> stored,
                         List<FieldProblem> problems, String fingerprint) {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    static CheckedSubmission of(SubmissionCommand command) {
        var problems = new ArrayList<FieldProblem>();
        identifier("runnerId", command.runnerId(), true, problems);
        if (command.idempotencyKey() == null || !KEY.matcher(command.idempotencyKey()).matches()) {
            problems.add(new FieldProblem(IDEMPOTENCY_KEY, "INVALID_IDEMPOTENCY_KEY",
                    "header is required: 1 to 128 visible ASCII characters, new for each submission"));
        }
        if (command.tenantId() == null || !IDENTIFIER.matcher(command.tenantId()).matches()) {
            // the tenant comes from the token: reported with the answers' problems, so urgent-care advice still shows
            problems.add(new FieldProblem("tenantId", "NO_TENANT_IN_TOKEN",
                    "the access token names no race organiser (claim tenant); sign in again through the organiser's app"));
        }
        identifier("raceId", command.raceId(), false, problems);
        var locale = locale(command, problems);
        var submissions = new ArrayList<Submission>();
        var stored = new ArrayList<StoredSubmission>();
        if (command.submissions() == null || command.submissions().isEmpty()) {
            problems.add(new FieldProblem("submissions", "REQUIRED", "the answers to each instrument are required"));
        } else {
            for (int i = 0; i < command.submissions().size(); i++) {
                var answers = command.submissions().get(i);
                var field = "submissions[" + i + "]";
                if (answers == null) {
                    problems.add(new FieldProblem(field, "REQUIRED", "must be an object"));
                } else if (blank(answers.instrumentId()) || blank(answers.version())) {
                    problems.add(new FieldProblem(field, "REQUIRED", "instrumentId and version are required"));
                } else {
                    var values = answers.answers() == null ? Map.<String, Object>of() : answers.answers();
                    submissions.add(Submission.fromJson(answers.instrumentId(), answers.version(), values));
                    stored.add(new StoredSubmission(answers.instrumentId(), answers.version(), new LinkedHashMap<>(values)));
                }
            }
        }
        return new CheckedSubmission(locale, submissions, stored, problems, fingerprint(command));
    }

    boolean hasKey() {
        return problems.stream().noneMatch(problem -> problem.field().equals(IDEMPOTENCY_KEY)
                || problem.field().equals("runnerId"));
    }

    private static Locale locale(SubmissionCommand command, List<FieldProblem> problems) {
        if (!blank(command.locale())) {
            var locale = Locale.forLanguageTag(command.locale());
            if (!locale.getLanguage().isEmpty() && !locale.getLanguage().equals("und")) {
                return locale;
            }
        }
        problems.add(new FieldProblem("locale", "INVALID_LOCALE", "a BCP 47 language tag such as en-GB is required"));
        return command.fallbackLocale();
    }

    private static void identifier(String field, String value, boolean required, List<FieldProblem> problems) {
        if (value == null ? required : !IDENTIFIER.matcher(value).matches()) {
            problems.add(new FieldProblem(field, required && value == null ? "REQUIRED" : "INVALID_IDENTIFIER",
                    "1 to 64 letters, digits, '.', '_' or '-'" + (required ? "; required" : "")));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Tells a retry (same body) from another submission under the same key; map order does not count. */
    private static String fingerprint(SubmissionCommand command) {
        var canonical = new ArrayList<Object>();
        canonical.add(command.tenantId());
        canonical.add(command.raceId());
        canonical.add(command.locale());
        if (command.submissions() != null) {
            command.submissions().forEach(answers -> canonical.add(answers == null ? null : List.of(
                    String.valueOf(answers.instrumentId()), String.valueOf(answers.version()),
                    answers.answers() == null ? Map.of() : new TreeMap<>(answers.answers()))));
        }
        try {
            var bytes = JsonMapper.shared().writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
