package cn.xianfeng.web;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    /** After Spring Security (the caller is known) and after the tenant is bound. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotentRequests requests, ProblemResponseWriter problems,
            PlatformTransactionManager transactions) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(requests, problems, new TransactionTemplate(transactions)));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}
