package cn.xianfeng.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read as written: a number is never taken for a text, a date or a choice, nor a text for a number or a
 * yes/no ({@code heldOn: 12345} used to become 2003-10-20); trailing content is refused; and no text may carry control
 * characters (PostgreSQL refuses NUL, and nobody types the others). Each refusal names its field (ProblemDetailsAdvice).
 * The application reads what it stored itself with the same rules, so it stores JSON as JSON, never as a quoted text.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .defaultLeniency(false)
            .withCoercionConfig(LogicalType.Textual, StrictJsonConfiguration::onlyText)
            .withCoercionConfig(LogicalType.DateTime, StrictJsonConfiguration::onlyText)
            .withCoercionConfig(LogicalType.Enum, StrictJsonConfiguration::onlyText)
            .withCoercionConfig(LogicalType.OtherScalar, StrictJsonConfiguration::onlyText)
            .addModule(new SimpleModule("plain-text").addDeserializer(String.class, new PlainTextDeserializer()));
    }

    private static void onlyText(tools.jackson.databind.cfg.MutableCoercionConfig config) {
        config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    /** Texts only from JSON strings, and without control characters (tab, line feed and carriage return are text). */
    static final class PlainTextDeserializer extends StdScalarDeserializer<String> {

        PlainTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getString();
            if (TextRules.hasControlCharacters(text)) {
                throw InvalidFormatException.from(parser, "control characters in text", text, String.class);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }
}
