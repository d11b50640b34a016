package io.backstride.programme.config;

import io.backstride.programme.application.ProgrammeSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProgrammeSettings.class)
@EnableScheduling
class ProgrammeConfiguration {
}
