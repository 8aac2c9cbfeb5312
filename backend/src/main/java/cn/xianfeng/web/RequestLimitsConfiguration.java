package cn.xianfeng.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

    /** Before everything else, Spring Security included: a refused request costs nothing more. */
    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(ProblemResponseWriter problems,
            @Value("${xianfeng.web.max-body-size:256KB}") DataSize bodyLimit,
            @Value("${xianfeng.web.max-scheme-body-size:512KB}") DataSize schemeBodyLimit) {
        FilterRegistrationBean<RequestLimitsFilter> registration = new FilterRegistrationBean<>(
                new RequestLimitsFilter(bodyLimit, schemeBodyLimit, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
