package cn.xianfeng.schemes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The preset library a new tenant starts from (presets.md P1–P5), shipped as scheme documents in
 * {@code schemes/presets/}. Each is checked by the validator at start-up: a broken preset stops the app.
 */
@Component
class SchemePresets {

    private final List<SchemeDocument> presets;

    SchemePresets(JsonMapper json, SchemeValidator validator) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:schemes/presets/*.json");
            this.presets = Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).map(file -> {
                try (InputStream in = file.getInputStream()) {
                    SchemeDocument preset = json.readValue(in, SchemeDocument.class);
                    validator.check(preset);
                    return preset;
                } catch (IOException e) {
                    throw new UncheckedIOException("Unreadable preset " + file.getFilename(), e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<SchemeDocument> all() {
        return presets;
    }

    Optional<SchemeDocument> find(String code) {
        return presets.stream().filter(preset -> preset.code().equals(code)).findFirst();
    }
}
