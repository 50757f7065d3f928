package org.sanxiang.events;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Cross-module reactions ({@code @ApplicationModuleListener}) run after the act's
 * transaction commits, on the application's bounded task executor
 * ({@code spring.task.execution.*}), so that the person acting does not wait for them. A
 * reaction that fails or is rejected stays an incomplete publication in the registry.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class Reactions {

}
