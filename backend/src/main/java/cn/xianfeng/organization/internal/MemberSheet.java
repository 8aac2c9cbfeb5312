package cn.xianfeng.organization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xianfeng.organization.Gender;
import cn.xianfeng.organization.MemberStatus;
import cn.xianfeng.organization.PostType;

/**
 * The member import spreadsheet: its columns (Chinese headings, as the official forms have them) and the
 * words it accepts. Checking the rows is {@link MemberImport}'s job.
 */
final class MemberSheet {

    static final String NAME = "姓名";
    static final String GENDER = "性别";
    static final String STATUS = "党员类别";
    static final String POST_TYPE = "在岗情况";
    static final String LEADER_CADRE = "党员领导干部";
    static final String JOINED_ON = "入党日期";
    static final String BRANCH = "所在党支部";
    static final String GROUP = "党小组";
    static final String MOBILE = "手机号码";
    static final String EMAIL = "电子邮箱";
    static final List<String> COLUMNS = List.of(NAME, GENDER, STATUS, POST_TYPE, LEADER_CADRE, JOINED_ON, BRANCH,
            GROUP, MOBILE, EMAIL);

    static final Map<String, Gender> GENDERS = Map.of("男", Gender.MALE, "女", Gender.FEMALE);
    static final Map<String, MemberStatus> STATUSES = Map.of("正式党员", MemberStatus.FULL, "预备党员",
            MemberStatus.PROBATIONARY, "入党积极分子", MemberStatus.ACTIVIST);
    static final Map<String, PostType> POST_TYPES = Map.of("在职", PostType.IN_OFFICE, "无职", PostType.NON_POST,
            "流动", PostType.FLOATING, "离退休", PostType.RETIRED);
    static final Map<String, Boolean> YES_NO = Map.of("是", true, "否", false);

    private static final List<String> EXAMPLE = List.of("张三", "男", "正式党员", "在职", "否", "2010-07-01", "第一党支部",
            "第一党小组", "13800000000", "zhangsan@example.cn");
    private static final String NOTE = "说明：必填列为姓名、党员类别（正式党员/预备党员/入党积极分子）、在岗情况（在职/无职/流动/离退休）、"
            + "所在党支部（名称或组织编码）。正式党员和预备党员须填入党日期。请删除示例行后导入。";

    private MemberSheet() {
    }

    static List<Spreadsheet.Line> read(InputStream xlsx) throws IOException {
        return Spreadsheet.read(xlsx, COLUMNS, Set.of(JOINED_ON));
    }

    static void writeTemplate(OutputStream out) throws IOException {
        Spreadsheet.writeTemplate(out, "党员", COLUMNS, EXAMPLE, NOTE);
    }
}
