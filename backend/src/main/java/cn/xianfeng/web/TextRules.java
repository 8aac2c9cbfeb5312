package cn.xianfeng.web;

/** What counts as text that people type: shared by the JSON reader, query parameters and file names. */
public final class TextRules {

    private TextRules() {
    }

    /** Control characters other than tab, line feed and carriage return (C0, DEL and C1). */
    public static boolean hasControlCharacters(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A file name as it may be stored and shown: without control characters and without the bidirectional-text
     * controls that make {@code invoice‮gpj.exe} read as {@code invoiceexe.jpg}.
     */
    public static String cleanFileName(String name) {
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints()
            .filter(c -> !(c < 0x10000 && isControl((char) c)) && !isBidiControl(c))
            .forEach(clean::appendCodePoint);
        return clean.toString().strip();
    }

    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }

    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
