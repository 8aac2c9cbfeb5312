package cn.xianfeng.web;

/** One field's error inside a problem detail: {@code field} is the JSON path, {@code message} is localized. */
public record FieldProblem(String field, String message) {
}
