package cn.xianfeng.scoring.internal;

/** The months and quarters the API takes: years 2000 to 2100, as elsewhere in the API. */
final class Formats {

    static final String MONTH = "(20\\d{2}|2100)-(0[1-9]|1[0-2])";
    static final String QUARTER = "(20\\d{2}|2100)-Q[1-4]";
    static final String YEAR_OR_QUARTER = "(20\\d{2}|2100)(-Q[1-4])?";

    private Formats() {
    }
}
