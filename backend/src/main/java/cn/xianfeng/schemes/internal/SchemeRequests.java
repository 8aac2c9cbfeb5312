package cn.xianfeng.schemes.internal;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/** The bodies of the scheme write requests. */
final class SchemeRequests {

    private SchemeRequests() {
    }

    /** A new scheme for an org and year, from exactly one source: a preset, a document, or a parent's published version. */
    record CreateScheme(
            @Min(value = 2000, message = "{preview.year.range}") @Max(value = 2100, message = "{preview.year.range}") int year,
            @Nullable String preset,
            @Nullable @Valid SchemeDocument document,
            @Nullable UUID deriveFromVersionId) {
    }

    /** {@code lock} is the scheme's version as last read: a concurrent change is refused (409). */
    record SaveDraft(
            @NotNull(message = "{org.version.required}") Long lock,
            @NotNull(message = "{scheme.element.required}") @Valid SchemeDocument document) {
    }

    record Publish(@NotNull(message = "{org.version.required}") Long lock) {
    }
}
