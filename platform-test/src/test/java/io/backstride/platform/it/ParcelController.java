package io.backstride.platform.it;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import io.backstride.platform.web.InvalidRequestException;
import io.backstride.platform.web.Violation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/parcels")
class ParcelController {

    private final Parcels parcels;

    ParcelController(Parcels parcels) {
        this.parcels = parcels;
    }

    record LabelRequest(@NotBlank String label, @NotNull @Min(0) @Max(10) Integer priority) {
    }

    record ParcelView(String id, List<String> labels) {
    }

    @PostMapping("/{id}/labels")
    ResponseEntity<ParcelView> label(@PathVariable String id, @Valid @RequestBody LabelRequest request) {
        if (request.label().equalsIgnoreCase("forbidden")) {
            throw new InvalidRequestException(List.of(new Violation("label", "is not allowed")));
        }
        Parcel parcel = parcels.label(id, request.label());
        return ResponseEntity.ok(new ParcelView(parcel.id(), parcel.labels()));
    }
}
