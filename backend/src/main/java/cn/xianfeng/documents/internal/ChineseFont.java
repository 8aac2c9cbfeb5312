package cn.xianfeng.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * WenQuanYi Micro Hei (Apache-2.0), bundled so that PDFs carry their own Chinese glyphs: GB 18030's ideographs,
 * which covers members' names. The collection's bytes are read once; each document parses its own copy,
 * because a parsed font is not safe to share between threads.
 */
@Component
public class ChineseFont {

    private static final String RESOURCE = "fonts/wqy-microhei.ttc";
    private static final String FACE = "WenQuanYiMicroHei";

    private final byte[] collection;

    ChineseFont() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            this.collection = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled Chinese font is missing: " + RESOURCE, e);
        }
    }

    /** A fresh parse of the font; the caller's document keeps it open for as long as it needs. */
    public TrueTypeFont open() throws IOException {
        TrueTypeCollection fonts = new TrueTypeCollection(new ByteArrayInputStream(collection));
        TrueTypeFont font = fonts.getFontByName(FACE);
        if (font == null) {
            throw new IOException("No face " + FACE + " in " + RESOURCE);
        }
        return font;
    }
}
