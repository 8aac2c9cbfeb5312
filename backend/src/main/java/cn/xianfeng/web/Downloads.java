package cn.xianfeng.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** File downloads: the content with its type and a UTF-8 file name (Chinese names survive). */
public final class Downloads {

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(byte[] content, String fileName, MediaType type) {
        return ResponseEntity.ok()
            .contentType(type)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8).build().toString())
            .body(content);
    }

    /**
     * A file someone uploaded, shown in the browser where it can (an image, a PDF), saved under its name otherwise.
     * Sandboxed: whatever it holds runs no script and reaches nothing of the app, as if from another origin.
     */
    public static ResponseEntity<byte[]> uploaded(byte[] content, String fileName, MediaType type) {
        return ResponseEntity.ok()
            .contentType(type)
            .header("Content-Security-Policy", "sandbox; frame-ancestors 'none'")
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                .filename(TextRules.cleanFileName(fileName), StandardCharsets.UTF_8).build().toString())
            .body(content);
    }
}
