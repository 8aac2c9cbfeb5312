package cn.xianfeng.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import cn.xianfeng.documents.internal.ChineseFont;

/** Renders an XHTML page (A4, CSS 2.1) to PDF. Text in the font family {@value #FONT_FAMILY} is Chinese-capable. */
@Component
public class PdfDocuments {

    public static final String FONT_FAMILY = "XianfengSans";

    private final ChineseFont font;

    PdfDocuments(ChineseFont font) {
        this.font = font;
    }

    public byte[] render(String xhtml) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            // Subset: only the glyphs used are embedded, so a one-page form stays small. The font has one weight;
            // it serves bold text too, so that no bold heading falls back to a font without Chinese glyphs.
            PDFontSupplier chinese = new PDFontSupplier(PDType0Font.load(document, font.open(), true));
            builder.useFont(chinese, FONT_FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(chinese, FONT_FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
