package cn.xianfeng.web;

import java.net.URI;

/** Stable problem {@code type} URIs; clients may switch on them, so they never change. */
public final class ProblemTypes {

    public static final URI VALIDATION = of("validation");
    public static final URI MALFORMED_REQUEST = of("malformed-request");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI CONFLICT = of("conflict");
    public static final URI TOO_LARGE = of("too-large");
    public static final URI TOO_MANY_REQUESTS = of("too-many-requests");
    public static final URI IMPORT_REJECTED = of("import-rejected");
    public static final URI UNAUTHENTICATED = of("unauthenticated");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI NOT_ACCEPTABLE = of("not-acceptable");
    public static final URI INTERNAL = of("internal");

    private ProblemTypes() {
    }

    private static URI of(String slug) {
        return URI.create("urn:xianfeng:problem:" + slug);
    }
}
