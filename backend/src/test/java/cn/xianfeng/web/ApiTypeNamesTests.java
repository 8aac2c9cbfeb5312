package cn.xianfeng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenAPI document names a schema by the class's simple name: two classes of one name in the API would become
 * one schema, and the typed client would describe one of them wrongly (it happened: a spot check's sampled entries
 * were typed as scheme items). Every record or class the controllers take or give must have a name of its own.
 */
class ApiTypeNamesTests {

    @Test
    void noTwoTypesOfTheApiShareAName() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Set<Class<?>> types = new HashSet<>();
        for (var candidate : scanner.findCandidateComponents("cn.xianfeng")) {
            Class<?> controller = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            for (Method method : controller.getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    collect(method.getGenericReturnType(), types);
                    for (Parameter parameter : method.getParameters()) {
                        if (parameter.isAnnotationPresent(RequestBody.class)) {
                            collect(parameter.getParameterizedType(), types);
                        }
                    }
                }
            }
        }
        // Enums are written inline where they are used, not as schemas of their own.
        Map<String, List<String>> byName = types.stream().filter(type -> !type.isEnum()).collect(Collectors.groupingBy(Class::getSimpleName,
                Collectors.mapping(Class::getName, Collectors.toList())));

        assertThat(byName.values()).as("types of the API").hasSizeGreaterThan(50)
            .allSatisfy(sameName -> assertThat(sameName).as("one schema name, several types").hasSize(1));
    }

    private static void collect(Type type, Set<Class<?>> into) {
        switch (type) {
            case ParameterizedType parameterized -> {
                collect(parameterized.getRawType(), into);
                for (Type argument : parameterized.getActualTypeArguments()) {
                    collect(argument, into);
                }
            }
            case GenericArrayType array -> collect(array.getGenericComponentType(), into);
            case Class<?> type1 when type1.isArray() -> collect(type1.getComponentType(), into);
            case Class<?> known when known.getName().startsWith("cn.xianfeng.") && into.add(known) -> {
                if (known.isRecord()) {
                    for (RecordComponent component : known.getRecordComponents()) {
                        collect(component.getGenericType(), into);
                    }
                }
            }
            default -> {
            }
        }
    }
}
