package cn.xianfeng.identity.internal;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xianfeng.identity.AccountManagement;
import cn.xianfeng.web.ProblemResponseWriter;

@Configuration(proxyBeanMethods = false)
class TenantBindingConfiguration {

    /** Runs right after Spring Security, which has established who is calling. */
    @Bean
    FilterRegistrationBean<TenantBindingFilter> tenantBindingFilter(AccountManagement accounts,
            TransactionTemplate transactions, ProblemResponseWriter problems) {
        FilterRegistrationBean<TenantBindingFilter> registration = new FilterRegistrationBean<>(
                new TenantBindingFilter(accounts, transactions, problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
