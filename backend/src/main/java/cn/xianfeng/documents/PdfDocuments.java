package cn.xianfeng.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import cn.xianfeng.documents.internal.ChineseFont;

/** Renders an XHTML page (A4, CSS 2.1) to PDF. Text in the font family {@value #FONT_FAMILY} is Chinese-capable. */
@Component
public class PdfDocuments {

    public static final String FONT_FAMILY = "XianfengSans";

    private final ChineseFont font;
    private final ITemplateEngine templates;

    PdfDocuments(ChineseFont font, ITemplateEngine templates) {
        this.font = font;
        this.templates = templates;
    }

    /**
     * Renders a Thymeleaf XHTML template (under {@code templates/}) with the given variables, in Chinese, to PDF.
     * The template gets {@code fontFamily} too, for its CSS.
     */
    public byte[] renderTemplate(String template, Map<String, Object> variables) {
        Context context = new Context(Locale.CHINA);
        context.setVariables(variables);
        context.setVariable("fontFamily", FONT_FAMILY);
        return render(templates.process(template, context));
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
