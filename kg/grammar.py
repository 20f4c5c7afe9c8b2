"""The title-and-name grammar of official news, as pure functions over simplified text.

``市委副书记、市长、市新冠肺炎疫情防控工作领导小组组长李云峰``: a chain of titles joined by
``、`` and a name whose right edge is found from what follows it (punctuation, a verb such
as 主持/出席, or a word like 在/等), because no pretrained segmenter knows local officials.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from kg import lexicons

__all__ = [
    "any_role",
    "company_follows",
    "cuts_word",
    "hyphenated_name_at",
    "role_re",
    "verb_after",
    "ENTERPRISE",
    "foreign_name_end",
    "japanese_name_end",
    "korean_name_end",
    "bare_name_list",
    "list_member_end",
    "STATE_ABBR",
    "ORG_START",
    "PLACE_LIKE",
    "FOREIGN_STATE",
    "Title",
    "has_own_org",
    "institution",
    "split_list",
    "field_list_title",
    "is_bare_role",
    "body_before",
    "former_inside",
    "name_end",
    "org_ok",
    "parse_title",
    "right_strength",
    "split_title",
    "title_chain",
    "NOT_NAME_CHARS",
    "TENURE",
    "TENURE_IN",
    "TENURE_END",
]

PUNCT = set(" \t\n,，。、;；:：!！?？“”\"'‘’()（）《》〈〉[]【】<>/…—-·")
HARD = set("\n,，。;；:：!！?？“”\"()（）《》【】[]")

SEPARATORS = "·-－=＝"  # what joins a foreign name's parts as the news writes them (X·Y, X-Y, X＝Y·Z): one class for every rule
SEPARATOR = f"[{re.escape(SEPARATORS)}]"
SEP = re.compile(SEPARATOR)

# Words that can follow a name (its right edge), longest first.
AFTER_NAME = tuple(sorted({
    "同志", "以及", "主持", "出席", "参加", "列席", "请假", "讲话", "强调", "指出", "表示", "要求", "在", "等", "发了言",
    "和", "与", "及", "为", "对", "一行", "率", "带队", "陪同", "会见", "接见", "会谈", "召开", "宣读", "传达",
    "作", "做", "就", "介绍", "汇报", "报告", "发言", "说", "分别", "偕", "深入", "到", "赴", "前往", "调研", "视察",
    "考察", "督导", "看望", "慰问", "代表", "向", "因", "也", "还", "先后", "任", "不再", "的", "同",
    "一同", "共同", "实地", "听取", "率队", "指导", "检查", "致辞", "提出", "总结", "部署", "通报",
    "签署", "亲切", "已", "于", "将", "被", "把", "当选", "担任", "兼任", "辞去", "是", "认为", "希望", "主讲",
    "结合", "围绕", "认真", "仔细", "一边", "热情", "充分", "高度", "带领", "领学", "来", "首先", "随后", "最后", "对此", "专门", "又", "再次", "逐一",
    "详细", "则", "均", "都", "分析", "点评", "肯定", "宣布", "受", "委托", "领读", "到会", "同时",
    "亲自", "现场", "近日", "日前", "上午", "下午", "晚上", "一起", "举行", "共", "主动", "随同", "同志们", "书记", "主任", "市长", "县长", "省长", "区长", "主席", "总书记", "总理", "委员长", "部长",
    "主持召开", "通过", "作出", "签发", "坚持", "带头", "参观", "出访", "访问", "突访", "抵达", "离开", "发表",
    "集体", "进行", "开展", "组织", "号召", "叮嘱", "勉励", "寄语", "提醒", "谈到", "回答", "告诉",
    "关于", "对于", "根据", "按照", "透露", "称", "坦言", "应邀", "受邀", "先生", "女士", "博士", "教授", "曾", "再", "一句", "解释", "回忆", "谈道", "说道", "介绍说", "昨天", "昨日", "今天", "今日", "前天", "当天", "当日", "列席会议", "出席会议", "参加会议", "主持会议",
    "给", "案", "获得", "发来", "发出", "发去", "互致", "通话", "不能", "不会", "不排除", "不愿", "不同意", "不认为", "不接受", "不承认", "明天", "夫妇", "夫人", "邀请", "之邀", "致电", "致信", "签署", "抵达",
    "抵京", "访华", "来华", "回国", "归国", "入境", "出境", "离境", "过境", "到访", "回信", "复信", "贺信", "亲笔信", "口信", "贺电", "出任", "时", "所在", "致", "应约", "应", "通电话", "随即", "遗孀", "连任",
    "生前",  # 书记X|生前忠诚履职: of one who has died
    "此前", "此后", "目前", "最近", "近期", "今年", "去年", "遭", "遭到", "遭受",
    "本月", "上月", "本周", "上周", "下周",  # 普京|本月初签署
    "上个月", "下个月", "这个月", "上星期", "下星期", "上个星期", "下个星期",  # 哈梅内伊|上个月发出警告
    "派特使", "派代表",  # 普京|派代表、X出席
    "正在", "这些年", "这几年",  # 张保德|正在划船
    "转达", "能够",  # 第一书记劳尔·卡斯特罗|转达了…的口信, 儿童夏明|能够朗读
    "手抚", "监誓",  # 教育部部长陈宝生|手抚宪法: the oath's gesture; 主任王东明|监誓: who administers it
    "领诵", "跟诵",  # 主任X|跟诵誓词: who recites the oath
    "递交", "提交",  # 秘书长潘基文|递交…: what one hands over
    "讲到", "讲述", "提到",  # 村支部书记X|讲到…: what one tells, as 谈到
    "乘专机", "乘坐", "乘机",  # 国家主席X|乘专机抵达: how a leader travels
    "接任", "接替", "继任",  # 由前财政大臣X|接任: who succeeds another in a post
    "观看", "可能", "联名",  # 总理X|观看演习, 总统X|可能会…, 书记X|联名表示: what a leader watches, may do, signs with others
    "当时", "至今",  # 副总编辑X|当时随团采访, X|至今还记得: when, as 此前 and 目前
    "发文", "撰文", "发推文",  # 主席迪亚斯-卡内尔|发文说: what one writes, as 致信
    "上任", "就任",  # 村党总支书记X|上任了: taking office, as 出任
    "调任",  # 县长X|调任县委书记: transferred to a post, as 出任 (调 is no last character)
    "见证",  # 副总理X|见证了…签署: who witnesses a signing
    "如今",  # 队员X|如今在家经营客栈: when, as 目前
    "问到", "问道", "问及", "问起",  # 记者X|问到…时: what one asks, as 谈到
    "凭借", "凭着",  # 选手X|凭借…的成绩: by what one wins
    "面前", "跟前", "身边", "身旁",  # 走到女孩X|面前: the one gone up to
    "刚到", "刚刚", "刚来",  # 第一书记X|刚到村里时: "just" before arriving (王刚|到: the longer name has no edge there)
    "命令", "下令",  # 舰长X|命令主动出击: what a commander orders
    "连说", "连声", "连称", "连连",  # 主任X|连说了三个“不容易”: "again and again" before a verb of saying
    "经过",  # 记者X|经过三年特训: the preposition of what one went through
    "没想到", "没有想到",  # 轮机长X|没想到…: what one did not expect
    "本人",  # X|本人被任命为…: "himself", the one named before
    "据称", "据悉", "据报道", "据了解", "据介绍", "据透露",  # 男子X|据称已被击毙: hearsay about the one named before
    "证实", "判决", "收到", "获颁", "荣获",  # 发言人X|证实…, 审判长X|判决如下, 班主任X|收到…: what one confirms, rules, receives
    "专程", "特地", "特意",  # 首相X|专程前往…: adverbs of a purpose-made trip, as 专门 and 亲自
}, key=lambda w: (-len(w), w)))
_AFTER_RE = re.compile("|".join(map(re.escape, AFTER_NAME)))
_AFTER_SET = frozenset(AFTER_NAME)
_JUST = frozenset({"刚到", "刚来"})  # "just" and a verb of arriving: 刚 is a given name's last character as often
# Words after a name whose first character is as often a given name's last (王建|荣获 or 王建荣|获评): no edge after a
# one-character given name, which they would cut (the whole name or none)
_OWN_FIRST = ("荣获", "生前")  # (王学|生前往: 王学生 before 前往)
# A diplomat's rank, written after a name that has its post before it (临时代办X|公使); one list for every rule
# that reads it (nlp's ranks and _NAME_TITLE).
RANKS_AFTER_NAME = ("大使", "公使")
_RANK_AFTER_NAME = re.compile("(?:" + "|".join(RANKS_AFTER_NAME) + ")(?!馆)")  # not an embassy, 公使馆
# What a discipline case report charges an official with, right after the titled name (村党支部书记X|骗取
# 扶贫资金等问题): the edge of a name after a title only (居民|抗议警方滥用枪支 is no name).
_CHARGES = ("违规", "违反", "违纪", "严重违纪", "骗取", "套取", "挪用", "截留", "侵占", "侵吞", "贪污", "受贿", "索贿", "收受", "虚报", "冒领",
            "私分", "滥用", "玩忽职守", "失职", "弄虚作假", "公车私用", "不担当", "不作为",
            "公款", "私车公养", "超标准", "大操大办", "操办", "分批", "利用职务", "履职不力", "监管不严")  # 公款吃喝, 分批多次为其子大办婚宴
# a case opened against him, there too (对县委书记X|立案审查, 对局长X|立案，, X|立案后被留置), unless 案 opens another
# word (张国立|案发, 王建立|案件, 案情, 案由, 案例) or a trial of it (王建立|案一审, 案二审, 案再审)
_CASE_OPENED = re.compile(r"立案(?![发件情由例一二再])")
# Words that after a name almost always start the predicate.
_STRONG_AFTER = frozenset({"出席", "参加", "主持", "列席", "请假", "讲话", "会见", "接见", "陪同", "强调", "指出", "表示", "同志", "出席会议", "参加会议", "列席会议", "主持会议", "主持召开"})
# Those words, 发言 and 介绍 too, but never one that names a role (发言人, 主持人): after 任 they are acts, never the post 任 "serve as" takes.
_ACT_NOT_POST = re.compile("(?:" + "|".join(sorted(_STRONG_AFTER | {"发言", "介绍"}, key=len, reverse=True)) + ")(?!人)")
# Characters that never occur in the given name of an official in these texts.
_NOT_GIVEN = set("街村号楼总某就次职务的了在是与及等为对市县区省委会议党政府局厅部办组任席员我你您他她它们这那个各全日副第院奖给被把到疫魔")  # 司令|嘉奖: 奖 names an award, 会唱|给总书记听: 给 its receiver, 女战士|藏到家里: 到 where it goes, 英雄|战疫魔: an epidemic, a demon, never a given name
_GIVEN_FIRST_OK = set("政会")  # of _NOT_GIVEN: fine as the first of two given characters (赵会杰)
_ADVERB_CHARS = frozenset("也都还又已仍再均亦")  # one-character adverbs: two of them together are no given name (孙|也都)
_GIVEN_LAST_OK = set("任为")  # of _NOT_GIVEN: fine as the last of two given characters after a title, before punctuation (张天任：, 教授张维为、)
_NAME_POS_OK = ("nr", "nrfg", "nrt", "nz")
# Function words that end a name, never its last character: 韩正|将, 李希|于, 习近平|给.
_FUNC_LAST = set("偕将在于对给等与及也还已被向把从案以就作致时并则后曾因又欲很更最仍却便亦")  # 洪森|曾表示, 程言|因对, 蒋刚|又要求, 子墨|很排斥
_LIST_GOES_ON = ("、", "等")  # 委员李适时|、安建, 伍跃时|等: 时 before a list's comma or 等 is a name's last character, no "when"
_ALL_LAST = "均"  # ends many given names (县委书记李树均), but after a list it is "all": 王刚、李明|均出席
_SOFT_LAST = set("和同")  # 高克|和总理, but 魏凤和同…: not a name's last character when a title follows
# Function words that look like surnames: 和|中方, 同|通伦, 应|李强, 由|马健 — a name only when the
# rest is not itself a name (应勇 stays, 应李强 does not).
WEAK_SURNAME = set("和同应向由")  # 由|马健主持
_SURNAME_AFTER_DE = frozenset("向应")  # weak surnames that 的 before them makes surnames again (的向平华代表)
_FUNCTION_START = set("对在与和同及等为把被从向的了是也都就还又将于给访抵赴来到应遭致")
# Inside the last part of a foreign name these are words, not syllables: 卢|在柏林, 梅|不能.
# What a clause goes on with right after a titled foreign name: 巴斯克斯|在会上, 扎里夫|9日在.
_FOREIGN_NEXT = re.compile(r"(?:回应|补充|透露|重申|强调|宣称|声称)[说称道]|[在将于同与向][^，,。；;]{0,20}?(?:会见|会谈|会晤|表示|发言|讲话|出席|举行|主持|访问|访华|来华|参加|通电话|致辞|说)|[从则并仍致也还都均]|[说称][，,：:“]|曾(?=[\u4e00-\u9fff])|的(?:邀请|倡议|提议)|\d{1,2}[日号]|[今昨明][天日]|表示|会见|会谈|会面|通电话|致电|出席|访问|领导(?:的|下)|所(?:领导|率领|说|言|在|代表|提出|指出|称)|下台"
                           r"|第(?:[一二三四五六七八九十]{1,3}|\d{1,3})[次轮届]|[首多]次(?!日)"  # 普京|第12次举行: how often it acts
                           r"|乘(?=[\u4e00-\u9fff])"  # 普京|乘直升机来到: how he travels, 乘 is no syllable
                           r"|敦促|呼吁|谴责|警告|一道(?=[\u4e00-\u9fff])")  # 拉里贾尼|敦促, 祖马|一道主持: a verb of urging or warning, "together", no syllables
# One-character words that open a clause right after a titled foreign name (never one of its syllables).
_CLAUSE_WORDS = frozenset("将在于对向给已被就又为")
_WILL_JIANG = re.compile(r"将(?:于|在|对|赴|同|与|出席|前往|访问|举行)")  # 将 as "will" (亚历山大|将于: not the word 大将)
# Kin written between two names (尼克松|外孙|考克斯, 卡扎菲|之子|赛义夫): whose kin the second is, never a syllable.
_KIN_WORDS = ("外孙女", "外孙", "孙女", "孙子", "儿子", "女儿", "遗孀",
              "长子", "次子", "三子", "四子", "幼子", "长女", "次女", "三女", "幼女")  # by birth order (老布什|三子|尼尔·布什)
_FOREIGN_STOP = re.compile(r"下台|[偕在将于对给等与及也还已被把遭向是的说称曾时就致和后为从则并仍互或奖很]|第(?=[一二三四五六七八九十百千几\d]|[次届批轮])|专程|[今昨明][天日]|不[能会]|获得|通话|表示|任命|提名|会见|会谈|会面|会晤|接受|访问|出席|参加|因病|逝世|去世|病逝|诞辰|葬礼|遗体|灵柩|欲|连任|率|赴|齐聚|汇聚|云集|之[子女妻夫孙父母兄弟姐妹]|之遗孀|" + "|".join(_KIN_WORDS))  # (扎尔达里|之子—…: whose kin follows, as KIN_OF; 音乐家|齐聚奥鲁罗: many gather, no name opens)


WITH_WIFE = re.compile(r"[和及偕]夫人")  # he and his wife: after a transliterated name no syllable (nlp._SPOUSE, meetings share it)
APPOINTS = ("任命", "提名")  # verbs of _FOREIGN_STOP between two names: who appoints whom


_PLACE_MEETING = ("会议", "峰会", "论坛")  # right after a would-be name: a meeting named after a place


def _stop_within(text: str, a: int, b: int) -> re.Match | None:
    """The first word in ``text[a:b]`` that no transliteration has as a syllable, but 于 before 尔
    (于尔根, 西于尔扎多蒂: a syllable there, never the preposition) and whose kin (之子) but before a dash
    (扎尔达里之子—比拉瓦尔: the kin's own name follows; 医生贝朗杰之子，: the name is trimmed later)."""
    m = _FOREIGN_STOP.search(text, a, b)
    while m is not None and (m.group() == "于" and text[m.end() : m.end() + 1] == "尔" or m.group() in KIN_OF and text[m.end() : m.end() + 1] not in "—－-"):
        m = _FOREIGN_STOP.search(text, m.end(), b)
    return m


def company_follows(text: str, q: int) -> bool:
    """Whether a would-be name ending at ``q`` goes on with a dash into a company (哈雷|—戴维森公司)."""
    return bool(_COMPANY_AFTER.match(text, q))


def right_strength(text: str, q: int, extra: tuple[str, ...] = ()) -> float:
    """How clearly a name may end at ``q``: 3 punctuation/end, 2.5 a predicate such as
    出席, 2 another word, 1 a one-character word, 0 none."""
    if q >= len(text) or text[q] in PUNCT:
        return 3
    if text[q].isdigit():
        return 1  # 市委书记王五3日上午…, but also 长寿路1118号
    for w in extra:
        if text.startswith(w, q):
            return 2
    m = _AFTER_RE.match(text, q)
    if not m:
        return 2 if _CORRELATIVE_AFTER.match(text, q) else 0
    if m.group() in _STRONG_AFTER:
        return 2.5
    if m.group() in _JUST and text[q - 1 : q] != "刚":
        return 1  # 王志刚|来到: 刚 may close a three-character name, the edge of the adverb alone (王刚|刚到 keeps its word)
    return 2 if len(m.group()) > 1 else 1


# Characters that are surnames in the lexicon but, in these texts, almost always a word:
# 于县长把崇礼…, 王主任刚才说…, 有专家指出, 教授和专家.
_SEASON_NOUNS = ("时节", "季节")  # what a season's word goes before (金秋|时节, 盛夏|季节): the words before them tell when, no name
_NOUN_GOES_ON = re.compile(r"的(?!陪同|带领|率领|邀请)|\d+(?![\d日号])")  # 长江沿线|的, 长江沿线|1公里: a noun's edge, not a name's (not 江建军|3日, 安建华|的陪同下: whom one goes with)
_NOT_SURNAME = set("把刚第提有但就也都又却再在对从被让给为与及等这该此各每本我你他她还来要后将是零访中府致未所另")  # 未: a negation (，未按要求); 另: "besides" (，另需指出的是); 所: "what" before a verb (委员|所提的); 却: "but" (发言人|却不愿: name_end's check; NOT_NAME_CHARS takes it from here)
# Characters that, right before a title, are words and never stand for a name (见|总理, 同|主席).
NOT_NAME_CHARS = frozenset(_FUNCTION_START | WEAK_SURNAME | _NOT_SURNAME)
_HONORIFIC = frozenset({"女士", "先生", "小姐", "老师", "师傅", "同学", "总", "老", "某", "某某"})
_SPEECH_END = set("说称道讲问答")
# A dash and a company word after a would-be name: 哈雷—戴维森公司 is a company.
_COMPANY_AFTER = re.compile(r"[—－\-][\u4e00-\u9fff·]{1,12}?(?:公司|集团|企业|品牌|银行)")
# Words of voting that start with a surname character: 全票|当选, 高票通过 are never names.
_VOTE_WORDS = frozenset({"全票", "高票", "满票", "一致", "当选"})
_CORRELATIVE = frozenset("边越")  # surnames that, opening and closing three characters, pair two verbs (边走边看, 越办越好)
# 边V边V after a name: two verbs paired, the name ends before them (习近平|边听边记, not a surname 边).
_CORRELATIVE_AFTER = re.compile(r"边[\u4e00-\u9fff]边[\u4e00-\u9fff]")
# 一V…就 after a titled name: "as soon as" he arrives, then what he does (穆某|一到南宁，就…, 一下飞机便…), no given name's 一.
# The 就 of "then" opens what he did (就跟…交流, 就告诉, 就把…); 就 before a topic is "on" (刘某一来厦门，就两岸交流发表讲话: the name's 一).
_AS_SOON_AS = re.compile(r"一[到进上下回来抵踏走落][^，,。；;！？!?“”后]{0,12}?[，,]?[就便]"
                         r"(?=[跟与和同把向对给去来赶到]|直奔|开始|立即|马上|召开|主持|深入|告诉|表示|察看|看望|走访|投入)")
# Surname characters that, before a verb, are an adverb or a preposition of the clause (委员|经表决, 部长|曾表示).
ADVERB_SURNAME = frozenset("经曾将正已")
_NOW = "正"  # "now" before a predicate: 队长张晶|正带领, never the name's last character there
# Words of time among AFTER_NAME: they end a name, but 正 "now" never stands before them (吴光正|日前, not 吴光|正日前).
WHEN_AFTER = frozenset({"近日", "日前", "上午", "下午", "晚上", "昨天", "昨日", "今天", "今日", "前天", "当天", "当日", "明天",
                         "此前", "此后", "目前", "最近", "近期", "今年", "去年", "本月", "上月", "本周", "上周", "下周", "上个月",
                         "下个月", "这个月", "上星期", "下星期", "上个星期", "下个星期", "这些年", "这几年", "当时", "至今"})
SAID = frozenset("说称")  # verbs of saying written right after a name (部长马基|称如果…): no last character of a longer one
# Predicates that open what someone says, never a given name before punctuation (首相梅|表示，).
_SAYING = _STRONG_AFTER | {"认为", "介绍", "透露", "回忆", "说明", "坦言", "建议", "呼吁", "提出", "告诉", "解释", "补充", "希望", "承认", "宣布"}
_POST_OBJECTS = frozenset({"宝座", "职位", "席位", "交椅", "职务", "任期", "人选", "大选", "选举", "竞选", "候选"})
# Words of manner that jieba's dictionary tags as names (齐声 1544 times): before a verb they say how one
# acts (书记|齐声领诵, 局长|辛勤工作), never who.
_MANNER_TAGGED_AS_NAMES = frozenset({"齐声", "辛勤", "英勇"})
# Words of manner that jieba tags as nouns or adjectives (衷心, 密集): before a verb they say how one acts, so they end a
# transliteration (平拉|衷心感谢, via _word_then_verb). Two tables, two checks: the three above are tagged as names, so
# they must be refused as one; these are not, so they need only end a transliteration.
_MANNER_BEFORE_VERB = frozenset({"衷心", "真诚", "诚挚", "密集"})
# Surname characters that are verbs opening a topic after a designation (委员谈|惠及民生, 部长答|记者问).
_TOPIC_VERBS = frozenset("谈问答")
_NEGATION_OR_TENSE = frozenset("未不没曾将已在")  # after an adverb of _ADVERB_CHARS (仍未, 也不, 均已): the predicate opens


# A clause that 在 or 当 opens, up to 时 that may close it (在召见法国驻英大使|时警告称, 当记者问到王刚|时、);
# 当 only opening a clause, no word's (not 担当, 相当, 当天, 当地, 当选)
_WHEN_OPEN = re.compile(r"(?:在|(?<![^，,。；;\s每])当(?![天地时今年日选前然代]))[^，,。；;：:“”\n]{2,30}$")


# A count of people where a given name would be: 余人, 多名, 万人, 千余名 (after 千, 超, 近: surnames too).
_COUNT_OF_PEOPLE = re.compile(r"[十百千万亿]*[余多]?[人名]")


_ROUND_NUMBERS = frozenset("百千万")  # 万年, 千年, 百年: given names too, no count a title's holder serves (六年, 三个月)
_MANY_OF = re.compile(r"多[国方家名人地位次个]")  # "many" and a counted noun: 多国, 多方, 多家

_DIRECTIONAL = frozenset("上下来去出回起到")  # directional complements after a one-character verb (送上, 带来, 发出)


_MEDAL_COUNT = frozenset("一二两三四五六七八九十")


def _plausible(name: str, given: str, titled: bool, strength: float, listed: bool = False) -> bool:
    """Could ``name`` be a person's name? After a title with a clear right edge, only verbs
    and function words are ruled out (马建国 is also a place, 纪元 a noun in jieba's
    dictionary); elsewhere any common word is. ``listed``: the name follows a 、 of a list."""
    first_ok = len(given) == 2 and (given[0] in _GIVEN_FIRST_OK and given not in lexicons.common_words() or given[0] == "为" and titled and strength >= 2 and (
        lexicons.common_words().get(given, "v")[0] == "v" and lexicons.word_frequency(given) < 1000))  # 发言人刘为民|今天: a rare verb as a given name (not 为此, 为了, 为主)
    last_ok = (len(given) == 2 and given[1] in _GIVEN_LAST_OK and titled and strength == 3 and given not in lexicons.common_words()
               and not role_ends(given, 2))  # 代表张天任|：: before punctuation 任 is no verb "to serve" (but 王主任：)
    if any(c in _NOT_GIVEN for c in given[first_ok : len(given) - last_ok]):
        return False  # 吴政隆, 赵会杰: 政 or 会 opens a two-character given name that is no word (not 王会长), never closes one (市政|府)
    if not all("\u3400" <= c <= "\u9fff" for c in name):
        return False
    if given in ("之", "所"):
        return False  # 参谋长|代之;, 随之: 之 is the pronoun a verb takes; 会见X时|所强调的: 所 opens a relative clause, never a given name alone
    if name in _POST_OBJECTS:
        return False  # 角逐总统|宝座: what a post is, not who holds it
    if name in _MANNER_TAGGED_AS_NAMES or name in _VERBS_TAGGED_AS_NAMES:
        return False  # 党支部书记|齐声领诵: how they recite, not who
    if len(name) == 2 and name[1] == "方" and name[0] in _SIDE_ABBR:
        return False  # 英方|主席, 马方|表示: a state's side, not a person
    if name[0] in WEAK_SURNAME and given[-1] in _FUNC_LAST:
        return False  # 领导同志和|曾任…: a conjunction and an adverb
    if name in _VOTE_WORDS or name[:2] in _VOTE_WORDS:
        return False  # 会议全票当选…: the vote, not a person
    if len(name) == 3 and name[0] == name[2] and name[0] in _CORRELATIVE:
        return False  # 边做边|说, 边学边|干: 边…边… joins two verbs, no surname and given name
    if len(given) == 2 and given[0] in _MEDAL_COUNT and given[1] in "金银铜":
        return False  # 选手夺|两金: medals counted after a verb, no given name
    if len(given) == 2 and given[0] == "老":
        return False  # 93岁的吴老|才在…: 老 after a surname is how an elder is addressed (吴老, 钱老), never a given name's first
    if len(given) == 2 and given[0] in _ADVERB_CHARS and given[1] in _ADVERB_CHARS:
        return False  # 女子孙|也都留在: two adverbs before the verb, no given name
    if len(given) >= 2 and _COUNT_OF_PEOPLE.fullmatch(given):
        return False  # 乡村代表千|余人, 嫌疑人万|余名, 代表超|万人: a count of people (千, 万, 超 are surnames), not a name
    if _MANY_OF.fullmatch(name):
        return False  # 代表|多国发言, 多方: "many" before what is counted (多 is a surname), no name
    if given in _HONORIFIC or (name[-1] in _SPEECH_END and strength == 3) or name[0] in _NOT_SURNAME:
        return False  # 李女士, 李成说，
    if name[0] == "时" and (given[0] in _FUNC_LAST or lexicons.common_words().get(given, "x")[0] in "vd" and lexicons.word_frequency(given) >= 100):
        return False  # 负责人|时曾率团, 省长|时表示: 时 is "when" before an adverb or verb (not 时光辉, 时建华: a surname)
    if name in _countries() or len(lexicons.country_at(name[:-1])) > 0:
        return False  # 越南, 法国前|总理, 南非共|和国: a country never is or opens a person's name
    if not titled and len(name) == 2 and all(c in STATE_ABBR for c in name):
        return False  # 德美|要求: two states' abbreviations, not a name
    if len(name) >= 3 and any(pl.level == "province" for pl in lexicons.places().get(name[:2], ())):
        return False  # 上海|代市长: a province, not a surname and given name
    head = lexicons.common_words().get(name[:2], "nr")
    if len(name) == 3 and not head.startswith(("nr", "ns", "nz")) and lexicons.word_frequency(name[:2]) >= 4000:
        return False  # 学习|习, 先生|就, 同志|和, 成员|国: a word, then a character
    if len(name) == 3 and name[0] in lexicons.rare_surnames() and name[:2] not in lexicons.surnames() and not head.startswith(("nr", "ns", "nz")) \
            and lexicons.word_frequency(name[:2]) >= 300:
        return False  # 人大代表|风采录: a word opened by a rare surname, then a character (a column's name, no person; not 东方|亮: a double surname)
    if len(name) == 3 and head[0] == "v" and lexicons.word_frequency(name[:2]) >= 1000:
        return False  # 议员|呼吁应将…: a frequent verb opens the predicate after the title, no surname and given name
    words = lexicons.common_words()
    if not titled and len(name) == 3 and name[2] == "地" and name[:2] in words:
        return False  # 光荣地|出席: a word and 地 make an adverb (光荣 is tagged a name in the dictionary)
    if not titled and len(name) == 3 and name[:2] in words and not head.startswith(("nr", "ns", "nz")) and not (
            words.get(name, "").startswith("nr") and lexicons.word_frequency(name) < 20):  # 王家|瑞 is 王家瑞, a name of the dictionary (not 白皮书)
        return False  # 总统|宝座后: after a lone role, a word and a character are no name
    if len(name) == 4 and len(given) == 3 and given[0] in _DIRECTIONAL and lexicons.word_frequency(name[2:]) >= 100:
        return False  # 负责人送上祝福。: a verb, its direction and its object (祝福 is tagged a name), no four-character name
    if len(name) == 4 and len(given) == 3 and any(w in words and not words[w].startswith("nr") for w in (name[:2], name[2:])):
        return False  # 公司董事 is two words, not a four-character name
    gtag = words.get(given)
    gfreq = lexicons.word_frequency(given)
    if gtag and gtag[0] in "mt" and given[-1] in "年月日天次个届周岁" and gfreq >= 500 and not (titled and 2 <= strength < 3 and given[0] in _ROUND_NUMBERS):
        return False  # 区长|达六年: a span of time, not a given name (but 副主席张万年|出席: 万年, 千年 name a person before a predicate)
    if gtag and ((gtag[0] in "vdpcur" and gfreq >= 1000) or (not gtag.startswith(("nr", "ns")) and gfreq >= 5000)) and not (
            titled and strength == 3 and len(name) == 3 and gtag[0] == "v" and name[0] not in NOT_NAME_CHARS | ADVERB_SURNAME and given not in _SAYING):
        return False  # 才|透露, 可|能知道, 和|专家 (but 全国政协委员陈进行：, a verb as a given name between a title and punctuation; not 首相梅|表示，, 中央委员|经表决，)
    tag = words.get(name)
    if tag is None or tag.startswith(_NAME_POS_OK):
        return True
    if len(name) == 2 and tag in ("n", "v", "vn", "f", "d", "a") and lexicons.word_frequency(name) >= 300:
        return False  # 委员|名单: a common two-character noun is not a name
    if not titled:
        return False
    rare = lexicons.word_frequency(name) < 2000
    if strength >= 2 and (tag[0] == "v" or tag[0] == "d" and listed) and lexicons.word_frequency(name) < 100 and name[0] not in lexicons.rare_surnames():
        return True  # 荣誉主席连战|发来贺电: a rare verb of the dictionary, and a clear edge; a rare adverb only
        # as a list's member (副秘书长X、何新|，), never right after the title (省长首肯|，, 部长连袂|出席);
        # never one a rare surname opens (向发言人求证|，, 大使遇袭|受伤: the verb of the clause)
    if listed and strength >= 2 and tag == "i" and len(name) == 3:
        return True  # 副主席X、厉无畏、Y: the dictionary tags some three-character names an idiom; a list's member with a clear edge is a name
    return rare and (tag in ("ns", "nz", "j") or (strength >= 2 and tag[0] in "nt"))


# Places along a river, a coast or a range (长江|中游, 黄河|两岸, 秦岭|北麓): a word after a frequent noun that closes it, never a
# given name (not the other locality words: 中方, 南方, 外来 end names, 市长江中方)
_ALONG_A_RIVER = ("上游", "中游", "下游", "沿岸", "两岸", "沿线", "沿江", "沿海", "南岸", "北岸", "左岸", "右岸", "流域",
                  "南麓", "北麓", "东麓", "西麓")


def name_end(
    text: str,
    p: int,
    known: frozenset[str] = frozenset(),
    extra: tuple[str, ...] = (),
    min_strength: float = 1,
    titled: bool = True,
) -> int | None:
    """End of a person name starting at ``p``, or None.

    Candidates are surname + one or two characters (compound surnames first) and
    ``X·Y`` names; the one with the clearest right edge wins, a name already known
    from elsewhere in the document breaking ties.

    >>> text = "副市长张潞萍在主会场出席会议"
    >>> text[3:name_end(text, 3)]
    '张潞萍'
    """
    if p in _inner_positions(text):
        return None  # 国家|杜马主席, 乌云|其木格: never a name inside an organisation's or a minority name
    if _known_name_after(text, p, known):
        return None  # 大学生问|李克强: a verb before a known name opens no name
    if p in minority_starts(text) and (q := minority_end(text, p, extra)) and right_strength(text, q, extra) >= max(min_strength, 1):
        return q  # 乌云其木格, 白玛赤林: two given-name parts, no surname
    m = _FOREIGN.match(text, p)
    if m and (kin := next((i for i in range(p + 2, m.start("last")) if text.startswith(KIN_OF + _KIN_WORDS, i)), None)) is not None and (
            all_syllables(text[p:kin]) and text[p:kin] not in lexicons.places()):
        return kin - (text[kin - 1] == "的")  # 布托|之女贝娜齐尔·布托, 马丁·路德·金|的儿子…: the parent's name ends before whose kin the dotted name is, never with 的 (not 互联网之父X·Y: a word, no parent)
    if m and text[p] == "叫":
        return None  # 姑娘|叫热依拉·买买提: the verb names the person after it, no syllable of the name (nlp._DOT_LEFT_WORDS too)
    if m and (any_role().search(text, p, m.start("last")) or not _foreign_ok(m.group(), m.start("last") - p, titled)):
        stop = _stop_within(text, p, m.start("last"))
        if stop is not None and stop.group() in APPOINTS and 2 <= stop.start() - p <= 6 and (
                text[p : stop.start()] in known or all_syllables(text[p : stop.start()])):
            return stop.start()  # 总统奥巴马|任命罗恩·克莱因为…: the one who appoints ends before the verb, the dotted name is the one appointed
        if any_role().search(text, p, m.start("last")) or stop is None or stop.start() - p not in (2, 3) or len(stop.group()) != 1:
            return None  # 副县长古丽扎尔·托乎提: the title is not part of the name; 对话·上海: no name
        m = None  # 习近平就|多丽丝·洛伊特哈德: a name of our own ends at the function word, the dotted one follows it
    if m:
        # the last part ends at the clearest nearby right edge, the shortest on a tie:
        # 伊莎贝尔·马丁|参加会谈, 阿依古丽·买买提|出席 (not 买买|提出); never past a word
        # that cannot be a syllable (雅各布·卢|在柏林, 特雷莎·梅|不能)
        last = m.start("last")
        cands = []  # (rank, -end, strength): a one-character last part only when nothing longer fits
        for q in range(last + 1, min(m.end(), last + 8) + 1):
            if _stop_within(text, last + 1, q) or "又" in text[last + 1 : q] or any(text[q - k : q] in _AFTER_SET for k in range(2, min(4, q - last) + 1)):
                break  # 卡内尔|抵京, 买买提|出席: a word is no syllable
            if q - 1 - last >= 2 and (role := any_role().match(text, q - 1)) and role.end() - role.start() >= 2:
                break  # 劳尔·卡斯特罗|特使、: a role word after two syllables is the title going on, no syllable
            if text[q - 1] == "了" or (q - last >= 3 and text[q - 1] == "家"):
                break  # 库尔班|种了: the particle is no syllable; 阿依古丽·吐尔逊|家: her family's home, no syllable
            if q - last >= 2 and _will_at(text, q - 1):
                break  # 安东尼奥·古特雷斯|会出席: the modal "will" is no syllable
            if q - last >= 3 and (_is_function_word(text[q - 2 : q]) or _common_word(text[q - 2 : q], 500) or _word_then_verb(text, q - 2)):
                break  # 格列朗杰|继续, 曼德拉|不幸逝世, 确吉杰布|圆满完成, 平拉|衷心感谢
            if q - last >= 2 and (text[q - 1] == "此" or lexicons.common_words().get(text[q - 1 : q + 1]) == "t" and lexicons.word_frequency(text[q - 1 : q + 1]) >= 100):
                break  # 特雷莎·梅|此前提出, X|目前: a time word or one pointing back (此次, 此外) is no syllable
            if q - last == 2 and lexicons.common_words().get(text[q - 1 : q + 1]) in ("d", "v") and lexicons.word_frequency(text[q - 1 : q + 1]) >= 1000 and (
                    text[q : q + 2] not in _AFTER_SET):
                break  # 雅各布·卢|共同主持, 玛丽·安|出生于: a frequent adverb or verb is no second syllable of a one-character part (亚历山大|将于: 大将 is tagged so too) — but 艾尔肯·托提|出席: what a name does after it
            if q - last >= 3 and _number_after(text, q - 1):
                break  # 乌胡鲁·肯雅塔|以50.07%的得票率, 劳拉·瓦莱特|以13秒34: a preposition before a number
            if q - last >= 3 and _BY_MEANS.match(text, q - 1):
                break  # 安娜·贝克|以视频形式致辞: the preposition of how one takes part is no syllable
            if q - last >= 3 and _verb_word(text[q - 2 : q]):
                break  # 阿萨德|去留: a verb of the dictionary is no pair of syllables
            if text.startswith(_PEERAGES, q - 1):
                break  # 约翰·布朗|爵士: a peerage is no syllable
            if text[q - 1 : q + 1] in _SCHEDULED:
                break  # 特雷莎·梅|定于7日: "is scheduled to" is no syllable
            if text.startswith(KIN_OF + MEMORIALS, q - 1):
                break  # 乔莫·肯雅塔|之子: whose child, no syllable; 何塞·马蒂|墓: his tomb
            if q - last >= 3 and text[q - 1] in _GOES_TO and any(text[q : q + k] in lexicons.places() for k in (2, 3)):
                break  # 白玛·次仁|到青海: a verb of going before a place is no syllable
            strength = dotted_edge(text, q, extra)
            if _syllable_then_at(text, q):
                strength = min(strength, 1)  # 叶甫盖尼·波杜布|内在叙利亚: 内在 "inner" is no word before a place, 内 the last syllable
            elif q - last >= 2 and _syllable_then_at(text, q - 1):
                strength = max(strength, 2)  # 叶甫盖尼·波杜布内|在叙利亚: 在 before the place is the edge
            if _common_word(text[q - 1 : q + 2], 20):
                strength = 0  # 伊姆兰·汗|通电话: the name never ends inside a word of three characters
            vouched = strength < 1 and (any(dotted_edge(text, i + q - p, extra) >= 2 for i in _other_mentions(text, p, q) if _goes_on_apart(text, i + q - p, q)) or (
                q - last >= 2 and any(dotted_edge(text, i + q - last, extra) >= 2 for i in _other_mentions(text, last, q) if not p <= i < q and _goes_on_apart(text, i + q - last, q))))
            if vouched:
                strength = 2  # 阿萨德|突访伊朗, where the story names 巴沙尔·阿萨德|首次访问 again with a clear edge;
                # 特雷莎·梅|原计划, where it names 特雷莎·梅|必须 (a one-character last part the story vouches for);
                # 梅西亚|酒驾逆行, where it names the last part alone again (将梅西亚|逮捕)
            if q - last >= 7 and (any(c[2] >= 1 for c in cands[1:]) or not all_syllables(text[last:q])):
                break  # 查黑亚·额勒贝格道尔吉: seven syllables only where no shorter part has an edge and no word lies within
            cands.append((strength - (1.5 if q == last + 1 and not vouched else 0), -q, strength))
        _, neg_q, strength = max(cands, default=(0, 0, 0))
        if strength >= max(min_strength, 1) and _syllable_told_again(text, last, -neg_q, extra):
            neg_q -= 1  # 谢尔日·萨尔基相|对我国: the story writes 萨尔基相 alone again and again, 相 is its last syllable (not 相对)
        if strength >= max(min_strength, 1) and (regnal := _REGNAL_AFTER.match(text, -neg_q)):
            neg_q = -regnal.end()  # 胡安-卡洛斯|一世: a monarch's number is the name's own
        return _dashed_tail(text, -neg_q, dotted=True) if strength >= max(min_strength, 1) else None  # 辛普森|—米勒: read whole, as a hyphen's part
    if (q := p + 4) <= len(text) and text[p:q] in known and right_strength(text, q, extra) >= max(min_strength, 1):
        return q  # 林郑月娥|说: a four-character name the story, the corpus or the lexicon knows
    sur = lexicons.surnames()
    words = lexicons.common_words()
    if words.get(text[p : p + 4], "")[:1] in ("i", "l") and lexicons.word_frequency(text[p : p + 4]) >= 50 and not any(text[p : p + k] in known for k in (2, 3, 4)):
        return None  # 代表|年事已高: an idiom of the dictionary opens here, no name
    best: tuple[float, int] | None = None
    for sl in (2, 1):
        if text[p : p + sl] not in sur or (sl == 2 and len(text[p : p + sl]) < 2):
            continue
        if sl == 1 and text[p] in WEAK_SURNAME and not _weak_surname_ok(text, p, known, extra, titled):
            continue
        known_here = sl == 1 and any(text[p : p + k] in known for k in range(2, 9))  # a known name opens here: set lookups, no scan of known
        if sl == 1 and any(words.get(text[p - k : p + 1], "x")[0] == "n" for k in (2, 3) if p >= k) and not known_here:
            continue  # 总统令|中: the surname closes a noun with the word before it
        if sl == 1 and p >= 1 and words.get(text[p - 1 : p + 1]) in ("n", "ns") and lexicons.word_frequency(text[p - 1 : p + 1]) >= 800 and (
                words.get(text[p + 1 : p + 3], "nr")[:2] not in ("nr", "ns") and lexicons.word_frequency(text[p + 1 : p + 3]) >= 100) and (
                right_strength(text, p + 3) < 1 or _NOUN_GOES_ON.match(text, p + 3) or text[p + 1 : p + 3] in _ALONG_A_RIVER) and not known_here:
            continue  # 宜昌市|长江沿线1公里, 看一部|长征影视剧, 地处|长江中游: a frequent noun across the title's last character, and a word
            # after it with no edge, one a noun goes on with, or a place along it (中游, 沿岸) (not 副校长江风益, 市长江建军|主持, 市长江中方)
        shorter_edge = False
        for gl in (1, 2, 3):
            q = p + sl + gl
            if q > len(text):
                continue
            name = text[p:q]
            strength = right_strength(text, q, extra)
            if strength == 0 and titled and sl == 1 and gl <= 2 and _word_edge(text, p, q):
                strength = 1  # 中央纪委书记赵乐际|指示, 国务院总理温家宝|正式, 部长苗圩|报告
            if strength < 2 and titled and _AS_SOON_AS.match(text, q) and not any(
                    i != p and not _AS_SOON_AS.match(text, i + len(name)) for i in occurrences(text, name + "一")):
                strength = 2  # 穆某|一到南宁，就…: "as soon as", no given name's 一 — unless the story writes 刘结一 elsewhere
            if strength < 2 and titled and words.get(text[q : q + 4], "")[:1] == "i" and right_strength(text, q + 4, extra) >= 2:
                strength = 2  # 行长江山|功不可没: an idiom of the dictionary closing the clause is its predicate
            if strength == 0 and titled and _RANK_AFTER_NAME.match(text, q):
                strength = 1  # 使馆临时代办X|公使对…: a diplomat's rank written after the titled name
            if strength == 0 and titled and (text.startswith(_CHARGES, q) or _CASE_OPENED.match(text, q)):
                strength = 2  # 局长X|违规收受礼金问题
            elif strength < 2 and _BY_OCCASION.match(text, q):
                strength = 2  # 总经济师X|借调研之机, 局长X|趁检查之际: the preposition of the occasion opens the predicate
            elif strength == 0 and titled and text.startswith(("以", "从", "用"), q):
                strength = 1  # 村党支部书记X|以“捐款”名义, 副主任委员X|从五个方面, 主任X|用史料: the preposition opens the predicate (not 张可|以: a word across)
            if text[q : q + 1] == "同" and strength < 2 and (text[p : q + 1] in known or _with_no_object(text, q)) and name not in known:
                continue  # 村支书包供|同站了出来: 同 before a verb takes no object, no "with"; nor before the name the story knows with it
            if name[-1] in _SOFT_LAST and strength < 1 and (name in known or _with_no_object(text, q - 1)):
                strength = 1  # 包供同|站了出来: the name's own 同 before the verb
            if strength < 2 and _now_at(text, q, extra, gl >= 2):
                strength = 2  # 镇长石峰|正带领: 正 is "now" before a predicate (not before 主持, 表示, 同志: 王建正|主持)
            if gl >= 2 and best is not None and best[1] == q - 1 and _now_at(text, q - 1, extra, gl >= 3) and name not in known:
                continue  # 石峰正|带领: the shorter name has the edge of 正 before the predicate
            if gl == 1 and text.startswith(_OWN_FIRST, q) and name not in known:
                continue  # 书记王建|荣获评…: 荣 may close the name, never the cut one
            if gl >= 2 and text[q - 1] in SAID and best is not None and best[1] == q - 1 and name not in known:
                continue  # 司法部长马基称|如果…: the shorter name has the edge of the verb of saying, the reported words follow it
            if gl == 3 and (sl == 2 or strength < 3 or not titled or shorter_edge or name[-1] == "家"):
                continue  # 4-character names with a one-character surname (多吉平措): only before punctuation (走进村民王家勇|家: his home)
            if gl >= 2 and name[-1] == "为" and name not in known and not text.startswith(("、", "，", ",", "。", "；", ";"), q):
                continue  # 负责人纳兰霍|为“不受欢迎的人”: 为 "as" before what one is declared (教授张维为、: a given name's last)
            if gl >= 2 and name not in known and _BURIAL.match(text, q - 1):
                continue  # 总统林肯|墓坐落在…: the tomb named after him, no given name's last character
            if gl >= 2 and name not in known and _BY_OCCASION.match(text, q - 1):
                continue  # 郑某借|调研之机: 借 opens the occasion, no given name's last character
            if gl >= 2 and CAN_REACH.search(name, sl) and name not in known:
                continue  # 市民|望得见河、触得到绿: a verb, then 得/不 and its result, is no given name
            shorter_edge = shorter_edge or strength > 0
            if company_follows(text, q):
                continue  # 哈雷—戴维森公司: a company's name, not a person
            if text.startswith(_PLACE_MEETING, q) and name not in known:
                continue  # 外长|日内瓦会议: a meeting named after its city, not a person
            if gl >= 2 and name not in known and words.get(text[q - 1 : q + 3], "")[:1] == "i" and right_strength(text, q - 1, extra) < 2 <= right_strength(text, q + 3, extra):
                continue  # 行长江山|功不可没: the name's would-be last character opens an idiom of the dictionary
            if gl >= 2 and name not in known and _func_last(name, text, p, q, known):
                continue  # 韩正|将出席
            if name not in known and words.get(name) == "t" and lexicons.word_frequency(name) >= 100:
                continue  # 瓦尔斯总理|年初访华: a time word of the dictionary is no name
            if text.startswith(_SEASON_NOUNS, q):
                continue  # 总统|金秋时节北京之行: a season's word before 时节 (金秋 is tagged a name), no given name
            if gl == 1 and sl == 1 and state_side(text, name, p):
                continue  # 孟加拉国…代表|孟方|致辞: the side of a state the story names, not a person
            edge = 3 if gl == 2 and name[-1] == "任" and _ACT_NOT_POST.match(text, q) else strength  # 书记张天任|参加: 任 "serve as" takes no act as its post
            if strength < min_strength or (name not in known or not titled) and not _plausible(name, name[sl:], titled, edge, text[p - 1 : p] == "、"):
                continue  # a name the story, corpus or lexicon knows needs no plausibility check after a title (陈全国)
            if text[p] == "时" and name not in known and _common_word(name[1:], 100) and _WHEN_OPEN.search(text, max(0, p - 30), p):
                continue  # 在召见…大使|时警告称: 时 closes a clause 在… opens ("when"), before a word that is no name
            if gl == 1 and strength < 2 and text[p] in _TOPIC_VERBS and name not in known and text[q - 1 : q + 1] in lexicons.common_words():
                continue  # 政协委员谈惠|及民生: the verb opens its topic, a word (惠及) the name would cut through
            if strength < 2 and _common_word(text[q - 1 : q + 1], 1000) and name not in known and not _closing_deng(text, q):
                continue  # 名单草|案, 哈迪所|在: the name would cut through a word (not 张小平|等出席: 等 closes a list)
            score = strength + (4 if name in known else 0) + (0.5 if len(name) == 3 else 0) + (1 if sl == 2 else 0)
            if best is None or score > best[0]:
                best = (score, q)
        if best is not None and sl == 2:
            break
    return best[1] if best else None


def state_side(text: str, name: str, p: int | None = None) -> bool:
    """Whether ``name`` (at ``p`` where given) is X方 for the side of a state (英方, 孟方): X is a state's usual
    abbreviation, or the first character of a country the story names (孟 of 孟加拉国); never right after a
    title, whose holder it names (厅长|安方), unless X is a state's usual abbreviation (安理会主席|法方, 大使|巴方) or
    代表, "on behalf of", stands before it (代表|孟方致辞)."""
    if len(name) != 2 or name[1] != "方":
        return False
    if p is not None and not text.endswith("代表", 0, p) and name[0] not in _SIDE_ABBR and any(
            role_re().fullmatch(text, p - k, p) for k in range(1, min(p, 6) + 1)):
        return False
    return name[0] in _SIDE_ABBR or any(c.startswith(name[0]) and len(c) >= 2 and c in text for c in _countries())


def _now_at(text: str, q: int, extra: tuple[str, ...] = (), whole: bool = True) -> bool:
    """Whether 正 at ``q`` is "now" before a predicate (张晶|正带领), not a name's last character before a word
    "now" never goes with (吴光正|日前, 王建正|亲自); after a whole given name (何志刚|正分拣, not ``whole``: 吴光正|积极) before any act."""
    if not text.startswith(_NOW, q) or (strength := right_strength(text, q + 1, extra)) not in (0, 2) or _NOT_NOW_AFTER.match(text, q + 1):
        return False
    return strength == 2 or whole and now_acting(text, q)  # 何志刚|正分拣: a verb or adverb of the dictionary, none of the predicate words (not 王建正|主持)


_ACTING_TAGS = ("v", "vd", "vn", "d", "ad", "a")  # what 正 "now" goes before: a verb, an adverb, or an adjective used as one (正积极)
# Adverbs of sequence, repetition, lasting, the past and doing in person: 正 "now" never goes before them, nor before a word
# of time (李振正|一直关心, 朱国正|首先发言, 王建正|亲自带队: the name's 正)
_NOT_NOW_AFTER = re.compile("|".join(sorted(WHEN_AFTER | {
    "一直", "始终", "首先", "随后", "再次", "曾经", "已经", "亲自", "先后", "分别", "相继", "多次", "一再", "历来", "向来", "早已", "终于"},
    key=len, reverse=True)))


def now_acting(text: str, q: int) -> bool:
    """Whether 正 at ``q`` is "now" before a verb, adverb or adjective of the dictionary (加尼|正积极, 何志刚|正分拣), no syllable
    and no frequent word's last character (才有公正|审判: 公正)."""
    return (text.startswith(_NOW, q) and lexicons.common_words().get(text[q + 1 : q + 3]) in _ACTING_TAGS and not _NOT_NOW_AFTER.match(text, q + 1)
            and not _common_word(text[q : q + 2], 100) and lexicons.word_frequency(text[q - 1 : q + 1]) < 100)


_ASPECT = re.compile(r"[\u4e00-\u9fff][了着过](?![解于])")  # a one-character verb then its aspect (站了, 站着; not 了解, 着于)


def _with_no_object(text: str, q: int) -> bool:
    """Whether 同 at ``q`` takes no object, so it is no "with": a verb follows it (包供同|站了出来, 某某同|接受采访), no pronoun
    nor a frequent word of its own (同意, 同属)."""
    return (text.startswith("同", q) and text[q + 1 : q + 2] not in _CLAUSE_PRONOUNS and lexicons.word_frequency(text[q : q + 2]) < 50
            and (_ASPECT.match(text, q + 1) is not None or _plain_verb(text[q + 1 : q + 3])))


_BY_OCCASION = re.compile(r"[借趁][^，。；;,！？!?\n]{1,12}?(?:之机|之际|的机会|机会)")  # 借调研之机, 趁检查之际: taking an occasion
CAN_REACH = re.compile(r"[得不][见到着住懂完]")  # 望得见, 听不到: whether an act reaches its end, inside a phrase


_CLAUSE_PRONOUNS = frozenset("他她我")  # (李明时、他…: a clause goes on after 时 and 、)


# Verbs and prepositions that take a person, and so may open a "when" clause closed by 时 after the name
# (会见总统X时表示, 陪同主席X时): none of them before a titled name, and 时 is no "when".
_WHEN_TAKES = re.compile(r"会见|会晤|会谈|接见|看望|慰问|宴请|欢迎|迎接|陪同|拜会|拜访|见到|见了|采访|送别|致电|通话|电话|访问|考察|视察|听取|接受|"
                         r"[在当同与和向对给为跟随把被让请由]")


def _subject_title_before(text: str, p: int) -> bool:
    """Whether a title ends right before ``p`` and opens its clause with no verb or preposition that could take the
    name (，全国人大常委会法工委主任|李适时受…, 会议听取了…主任|李适时受…, not 会见美国总统|X时, 同部长|X时)."""
    start = max(text.rfind(c, 0, p) for c in "，,。；;：:！？!?\n“”")
    head = text[start + 1 : p]
    return bool(head) and len(head) <= 30 and role_re().search(head) is not None and not any(
        head[w.end() : w.end() + 1] != "了" for w in _WHEN_TAKES.finditer(head))  # 听取了|…主任李适时受: a verb done (了) opens no "when" clause


def _func_last(name: str, text: str, p: int, q: int, known: frozenset[str]) -> bool:
    """Whether the last character of ``name`` (at p..q) is a function word after it (韩正|将出席, 高克|和总理, 杜达|和夫人),
    not its own. 时 before a list that goes on is a name's own (吴光时、陈立; 孙德时等), but not as "when"
    in a clause 在/当 opens (在会见李明|时、在视察…时), nor where the name without it is known, nor before
    、 and a verb or pronoun (李明|时、会见…; never before 、 and a title: 县委书记孙德时、县长王刚). 和 before a verb
    is "and" where the verb opens a phrase of people (和|参加会议的代表)."""
    last = name[-1]
    if last == "时" and text.startswith(_LIST_GOES_ON, q):
        return (name[:-1] in known or _WHEN_OPEN.search(text, max(0, p - 30), p) is not None
                or text[q] == "、" and (text[q + 1 : q + 2] in _CLAUSE_PRONOUNS or _verb_word(text[q + 1 : q + 3])))
    if last == "时" and name[:-1] not in known and not _common_word(text[q - 1 : q + 1], 100) and _subject_title_before(text, p):
        return False  # 法工委主任李适时|受委托: a title opening its clause makes the name its subject, no "when" clause
        # (not before a word of 时: 局长王建|时任, 时常)
    if last == "因" and (text[q : q + 1] == "因" or right_strength(text, q) >= 2.5):
        return False  # 克莱因|因健康原因, 克莱因|会见: the name's own 因 before the word 因 or a predicate ("because" opens a cause, never a verb of meeting or saying)
    return (last in _FUNC_LAST or last in _SOFT_LAST and (_title_at(text, q) or text.startswith("夫人", q))
            or last == _ALL_LAST and text[p - 1 : p] in ("、", "和", "与", "及")
            or last == "和" and _verb_word(text[q : q + 2]) and _joins_people(text, q + 2))  # 王军和|退休老同志欢聚, not 吕志和|接受采访


_LAST_SYLLABLES = frozenset("斯夫娃诺科基奇克德特尔娜")  # the last syllables of many transliterated names (…季斯, …诺夫, …娃)


def all_syllables(part: str) -> bool:
    """Whether no word of the dictionary but a name lies within a long transliterated part
    (额勒贝格道尔吉, not 阿萨德突访伊朗, 居买克花掉他小, 弗洛伊德之死所)."""
    words = lexicons.common_words()
    if "之" in part:
        return False
    return not any(not words.get(part[i : i + 2], "nr").startswith(("nr", "nz")) and lexicons.word_frequency(part[i : i + 2]) >= 50
                   for i in range(len(part) - 1))


_MODALS = ("会", "能")  # 会 "will", 能 "can": a modal that opens the predicate, no name's last syllable
_WILL_OPENS = frozenset("在对向就与同从为于把给将")  # prepositions that open a predicate after 会 (蓬佩奥|会在下周访问)


def _will_at(text: str, q: int) -> bool:
    """Whether the modal 会 ("will") or 能 ("can") at ``q`` opens the predicate after a name (德米斯图拉|会出席,
    蓬佩奥|会在下周…, 古特雷斯|会考虑, 希望总统奥巴马|能纠正): before a clear predicate, a frequent verb or a
    preposition; never a syllable there."""
    if text[q : q + 1] == "能" and text[q - 1 : q] in "不未没可":
        return False  # 特雷莎·梅|不能, 可能: 能 closes a word there, the word before it is the edge
    return text[q : q + 1] in _MODALS and (right_strength(text, q + 1) >= 2.5 or verb_after(text, q + 1) or text[q + 1 : q + 2] in _WILL_OPENS)


def dotted_edge(text: str, q: int, extra: tuple[str, ...] = ()) -> float:
    """How clearly the last part of a dotted name may end at ``q`` (see ``right_strength``): a
    word after it is its edge too (巴沙尔·阿萨德|会面, 劳拉·瓦莱特|以13秒34), 因 is a syllable."""
    strength = min(right_strength(text, q, extra), 2.5)
    if strength < 2 and _WILL_JIANG.match(text, q):
        strength = 2  # 威廉-亚历山大|将于25日: "will" before a time or a verb, no syllable
    if strength < 2 and ((m2 := _FOREIGN_STOP.match(text, q)) and len(m2.group()) >= 2 or _is_function_word(text[q : q + 2])
                         or _common_word(text[q : q + 2], 500) and not _WILL_JIANG.match(text, q + 1)):
        strength = 2  # 巴沙尔·阿萨德|会面, 杰里·塞布|接受: a word after the name is its edge
    if strength < 2 and _verb_word(text[q : q + 2]) and text[q + 2 : q + 3] in "的，,。":
        strength = 2  # 巴沙尔·阿萨德|去留的: a rarer verb closing its phrase or the text ("" is in the string: its end closes it too; not 卡格博|因应对, 科|大力推动)
    if _number_after(text, q) or text.startswith(_DOTTED_TAILS, q) or _BY_MEANS.match(text, q) or _scheduled_at(text, q) or _AFTER_MEETING.match(text, q):
        strength = 2  # 会见福阿德·侯赛因|后表示 (the time after a meeting), 劳拉·瓦莱特|以13秒34, 约翰·布朗|爵士, 乔莫·肯雅塔|之子, 安娜·贝克|以视频形式, 特雷莎·梅|定于
    if strength < 2 and text[q : q + 1] == "并" and "\u4e00" <= text[q + 1 : q + 2] <= "\u9fff":
        strength = 2  # 梅莱斯-泽纳维|并敬献花圈: "and" opens the next predicate, never a syllable (_FOREIGN_STOP)
    if strength < 2 and _word_then_verb(text, q):
        strength = 2  # 萨龙·平拉|衷心感谢: a word that says how, then a frequent verb
    if strength < 2 and _will_at(text, q):
        strength = 2  # 安东尼奥·古特雷斯|会出席: the modal "will" before a predicate is the name's edge
    if strength < 2 and text[q : q + 1] in _ALL_ADVERBS and text[q + 1 : q + 2] in _CLAUSE_AFTER_ALL:
        strength = 2  # 桑娜·马林|都因接触…: "all" before a clause's preposition or adverb, no syllable
    if strength < 2 and _closing_deng(text, q):
        strength = 2  # 阿不来提-阿不都热西提|等出席: 等 closes a list (not 阿不|都, a syllable read as "all")
    if strength < 2 and text[q + 1 : q + 2] == "了" and "\u4e00" <= text[q : q + 1] <= "\u9fff" and not (
            _common_word(text[q + 1 : q + 3], 20) or _common_word(text[q - 1 : q + 1], 20)):
        strength = 2  # 买热合巴·库尔班|种了6亩: a one-character verb and its 了 (not 史密|斯了解, 梅|递交了: a word runs across)
    if text[q : q + 1] in SYLLABLE_NEXT and right_strength(text, q + 1, extra) >= 1 and not (
            _is_function_word(text[q + 1 : q + 3]) or _common_word(text[q + 1 : q + 3], 100)):
        strength = 0.5  # 侯赛|因致电: 因 is the name's last syllable when an edge follows it
    return strength


def occurrences(text: str, part: str) -> Iterator[int]:
    """Where ``part`` starts in ``text``, non-overlapping, left to right (as ``re.finditer``
    over the escaped string, without compiling a pattern per name)."""
    s = text.find(part)
    while s >= 0:
        yield s
        s = text.find(part, s + len(part))


def _goes_on_apart(text: str, j: int, q: int) -> bool:
    """Whether another mention ending at ``j`` is followed by a character other than the one at
    ``q``: the same one after both (尼尔|森将, 尼尔|森工作) is the name's next syllable, no edge."""
    return text[j : j + 1] != text[q : q + 1]


def _syllable_told_again(text: str, last: int, q: int, extra: tuple[str, ...]) -> bool:
    """Whether a dotted name's last part ``text[last:q]`` is written elsewhere in the story twice or more, every
    time with the character at ``q`` after it and an edge after that, once a clear one (萨尔基相|在, 陪同萨尔基相|访华): that
    character is the part's last syllable, though it makes a word with the next one here (萨尔基|相对我国)."""
    if q >= len(text) or not "\u4e00" <= text[q] <= "\u9fff" or _stop_within(text, q, q + 1) or q - last < 2 or text.startswith(_HONORIFICS_AFTER, q):
        return False  # 史密斯|女爵士, 史密斯|夫人: a title of address after the name, written again with it, is no syllable
    others = [i for i in _other_mentions(text, last, q) if not last <= i < q]
    n = len(text[last:q])
    if len(others) < 2 or any(text[i + n : i + n + 1] != text[q] for i in others):
        return False
    edges = [dotted_edge(text, i + n + 1, extra) for i in others]
    return min(edges) >= 1 and max(edges) >= 2 and dotted_edge(text, q + 1, extra) >= 1


def _other_mentions(text: str, p: int, q: int) -> Iterator[int]:
    """Where else the story writes ``text[p:q]``."""
    return (i for i in occurrences(text, text[p:q]) if i != p)


def _closing_deng(text: str, q: int) -> bool:
    """Whether a 等 at ``q`` closes a list of people before a clear edge (副市长张小平|等出席,
    刘建中|等。, 王永平|等人): the word it would make with the name's last character (平等, 中等)
    is no word here."""
    return text.startswith("等", q) and (right_strength(text, q + 1) >= 2 or text[q + 1 : q + 2] in ("的", "人"))


def verb_after(text: str, q: int, min_freq: int = 1000) -> bool:
    """Whether a frequent verb of the dictionary starts at ``q`` and does not run back into the
    character before it: the edge of a name known to be whole (习近平|结束访问)."""
    return _verb_word(text[q : q + 2], min_freq) and not _common_word(text[q - 1 : q + 1], 100)


# 以 opening how one takes part (以视频形式, 以书面方式): a preposition, never a name's last syllable
_BY_MEANS = re.compile(r"以[\u4e00-\u9fff]{1,6}?(?:形式|方式)")


_DATE_AFTER = re.compile(r"\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]")  # a day of the month, written in digits (17号发表讲话)


def _number_after(text: str, q: int) -> bool:
    """Whether a preposition or verb before a number starts at ``q`` (索索纽克|自19日起): no syllable of a name."""
    return text[q : q + 1] in _BEFORE_NUMBER and text[q + 1 : q + 2].isdigit()


def _word_then_verb(text: str, q: int) -> bool:
    """Whether an adverb of the dictionary (率先) or a word of manner (衷心) and then a frequent verb start
    at ``q`` (平拉|衷心感谢): how one acts, never two syllables of a transliterated name (not a noun, the
    object of a verb before it: 到|机场迎接)."""
    w = text[q : q + 2]
    return (w in _MANNER_BEFORE_VERB or lexicons.common_words().get(w) in ("d", "ad") and lexicons.word_frequency(w) >= 100) and verb_after(text, q + 2)


def verb_before(text: str, p: int, min_freq: int = 100) -> bool:
    """Whether a frequent verb of the dictionary ends at ``p`` and does not run into the character
    after it: the left edge of a name known to be whole (接替|劳尔·卡斯特罗, 推翻|卡扎菲)."""
    return p >= 2 and _verb_word(text[p - 2 : p], min_freq) and not _common_word(text[p - 1 : p + 1], 100)


def _word_edge(text: str, p: int, q: int) -> bool:
    """Whether a frequent word at ``q`` ends a titled name ``text[p:q]`` (surname + one or two):
    a verb (every word of _SAYING among them) after a two-character name, any frequent word but a
    time word after a three-character one (主任袁国平|当时 tells of the past); never a given name that is a word (书记时|勉励), a
    name ending in 和/同 or opened by a verb (杨明和|中央, 敦促美), nor before a body that opens
    the next title (黑龙江|省委)."""
    words = lexicons.common_words()
    after, name = text[q : q + 2], text[p:q]
    verb = after in _VERBS_TAGGED_AS_NAMES or after in _SAYING or (after in words and words[after][0] == "v")  # a word of saying counts as one (主席万钢|建议, |希望, |宣布: 建议 is tagged a noun)
    rare_verb = len(name) == 3 and words.get(after) == "v" and lexicons.word_frequency(after) >= 20  # 省长X|谈心谈话, 发言人X|求证
    if not (_common_word(after, 1000) or after in _VERBS_TAGGED_AS_NAMES or rare_verb) or _common_word(text[q - 1 : q + 1], 100) or words[after][0] == "t":
        return False
    if len(name) == 2 and not verb:
        return False  # 苗圩|报告, but 王伟|明确 is more often 王伟明
    if (len(name) == 3 and _common_word(name[1:], 50)) or name[0] in WEAK_SURNAME:
        return False
    if name[-1] in _SOFT_LAST and not (len(name) == 3 and _plain_verb(after) and text[q : q + 3] not in words and not _role_in_clause(text, q)):
        return False  # 杨明和|中央, 李明和|执政党主席: 和 joins two nouns, two people; before a verb (吕志和|接受采访) it is the name's own
    if len(name) == 3 and name[-1] in _GOES_TO and words[after][0] == "n":
        return False  # 大使徐步到|机场送行: 到 opens where he goes, it ends no name
    if (_common_word(name[:2], 100) and words[name[:2]][0] in "vdpc") or text.startswith(ORG_START, q):
        return False
    return name not in lexicons.places()


# People a phrase of "and" names as a group (和|退休老同志, 和|参与扶贫的干部), and words of doing together (一起, 欢聚);
# not 记者 or 媒体, whom one receives (吕志和|接受记者采访).
_JOINED_PEOPLE = re.compile(r"[^，,。；;的]{0,4}?(?:同志|群众|干部|代表|嘉宾|队员|职工|员工|师生|学生|村民|居民|家属|老人|官兵|战士|党员|专家|志愿者|人员|勇士|"
                            r"青年|儿童|乡亲|工人|农民|教师|医生|医护|校友|“[^”]{1,8}”)")
_TOGETHER = re.compile(r"一起|一道|一同|共同|欢聚")


def _joins_people(text: str, v: int) -> bool:
    """Whether the clause after a verb ending at ``v`` reads as a noun phrase of people that 和 joins to the name
    before it (王军和|退休老同志欢聚, 陈刚和|支援湖北的医疗队员): a 的 closing a verb phrase, or a group of people."""
    end = min([i for c in "，,。；;：:！？!?\n" if (i := text.find(c, v)) >= 0] or [len(text)])
    end = min([i for c in "并与及和" if (i := text.find(c, v, end)) >= 0] or [end])  # (出席活动|并与嘉宾合影: another act)
    if (of := text.find("的", v, end)) >= 0:
        return _JOINED_PEOPLE.match(text, of + 1) is not None or _JOINED_PEOPLE.match(text, of + 3) is not None  # …的|医疗队员
    return _TOGETHER.search(text, v, end) is not None  # 和|退休老同志欢聚一堂 (not 和|带领村民发展产业: his own act)


def _role_in_clause(text: str, q: int) -> bool:
    """Whether a role is written between ``q`` and the end of its clause (和|执政党主席X: another person's title)."""
    end = min([i for c in "，,。；;：:！？!?\n" if (i := text.find(c, q)) >= 0] or [len(text)])
    return any_role().search(text, q, end) is not None


def _plain_verb(w: str) -> bool:
    """Whether ``w`` is a frequent word the dictionary tags as a verb only (接受, not 支持 vn or 领导 n):
    no conjunction 和 or preposition 同 takes it as its object."""
    return lexicons.common_words().get(w) == "v" and lexicons.word_frequency(w) >= 1000


_GOES_TO = frozenset("到赴")  # verbs of going, before the place: 到|机场, 赴|京

# Verbs that jieba's dictionary tags nr, each over 500 times there (明白 10875, 冷笑 2227, 寻思 1300, 杜绝 593), found
# in audit 28's wrong persons and by looking up the nr-tagged verbs of its sentences: after a titled name they are its edge all
# the same (副委员长王兆国|祝贺…), not a word of the story that the name may run into; never a name
# themselves (让美国总统|明白, 谢谢|总书记).
_VERBS_TAGGED_AS_NAMES = frozenset({"祝贺", "明白", "谢谢", "多谢", "寻思", "冷笑", "原谅", "荣获", "晋升", "杜绝", "容纳", "布满"})


def _known_name_after(text: str, p: int, known: frozenset[str]) -> bool:
    """Whether a public figure's Chinese name of three characters starts one or two characters
    after ``p`` (问|李克强, 握着|习近平): the characters before it are words of the clause, never a
    name's start (unless a known name starts at ``p`` itself; a name of the corpus may be a
    transliteration's tail, 阿布|哈姆扎)."""
    figures = lexicons.public_figures()
    if not ((w := text[p + 1 : p + 4]) in figures and w[0] in lexicons.surnames() or (w := text[p + 2 : p + 5]) in figures and w[0] in lexicons.surnames()):
        return False  # most positions: no figure's name after them (no generator set up for the test)
    return not any(text[p : p + k] in known for k in range(2, 9))


def _named_at(text: str, p: int, known: frozenset[str]) -> bool:
    """Whether a name of the story or a public figure's starts at ``text[p]``."""
    figures = lexicons.public_figures()
    return any(text[p : p + k] in known or text[p : p + k] in figures for k in range(2, 9))


@lru_cache(maxsize=8)
def _inner_positions(text: str) -> frozenset[int]:
    """Positions strictly inside an organisation name of the lexicon (国家杜马, 二十国集团) or a
    two-part minority name (乌云其木格), once per text (a string caches its hash)."""
    spans = [m.span() for m in _whole_re().finditer(text)]
    spans += [(s, q) for s in minority_starts(text) if (q := minority_end(text, s)) is not None]
    return frozenset(i for a, b in spans for i in range(a + 1, b))


@lru_cache(maxsize=8)
def minority_starts(text: str) -> frozenset[int]:
    """Where a minority name part starts in ``text`` (a name needs two of them)."""
    return frozenset(m.start() for m in _minority_re().finditer(text))


@lru_cache(maxsize=1)
def _minority_re() -> re.Pattern[str]:
    return lexicons.guarded("(?=" + lexicons.alternation(lexicons.minority_name_parts()) + ")")


def minority_end(text: str, p: int, extra: tuple[str, ...] = ()) -> int | None:
    """End of a Mongolian or Tibetan name made of two given-name parts (乌云+其木格, 白玛+赤林),
    at the clearest right edge; None when no two parts start at ``p``."""
    parts = lexicons.minority_name_parts()
    best: tuple[float, int] | None = None
    for a in (k for k in (3, 2) if text[p : p + k] in parts):
        for b in (k for k in (3, 2) if text[p + a : p + a + k] in parts):
            q = p + a + b
            cand = (right_strength(text, q, extra), q)
            if best is None or cand > best:
                best = cand
    return best[1] if best else None


def korean_name_end(text: str, p: int) -> int | None:
    """End of a Korean name after a Korean title: a one-character surname and two given
    characters (文在寅, 金正恩), where 在 may be a syllable; None when the edge is unclear."""
    q = p + 3
    if q > len(text) or text[p] not in lexicons.surnames() or not all("\u4e00" <= c <= "\u9fff" for c in text[p:q]):
        return None
    if (text[q - 1] in _FUNC_LAST and text[q - 1] != "在") or text[p] in _NOT_SURNAME or _common_word(text[p + 1 : q], 100):
        return None  # (柳吉在|今天: a Korean name has three characters, 在 its last one too)
    return q if right_strength(text, q) >= 1 or _common_word(text[q : q + 2], 50) or _will_at(text, q) else None  # 朴槿惠|出庭, 文在寅|会出席


@lru_cache(maxsize=1)
def _common_surnames() -> frozenset[str]:
    """The frequent surnames (刘, 王, 李): a list led by them alone is read as people."""
    return lexicons.surnames() - lexicons.rare_surnames()


def chinese_looking(name: str) -> bool:
    """Whether a name reads as a Chinese one: two or three characters led by a frequent surname (韩正, not
    瓦尔斯, 安倍晋三 or a dotted name) — a bare 总理 after it may be China's premier."""
    return 2 <= len(name) <= 3 and name[0] in _common_surnames()


def national_holder(name: str, role: str) -> bool:
    """Whether a bare ``role`` held by ``name`` may be China's central post: a Chinese-looking name, and for
    总理 one of China's premiers (leaders.tsv) — 李显龙|总理, 谢里夫|总理 are other states' heads.

    >>> national_holder("李克强", "总理"), national_holder("李显龙", "总理"), national_holder("韩正", "副总理")
    (True, False, True)
    """
    return chinese_looking(name) and (role != "总理" or (name, role) in lexicons.leaders())


_WATERS = frozenset("江河溪湖渠湾塘涌浦")  # the last word of a river's, a stream's or a lake's name (竹排江, 朝阳溪)


def bare_name_list(text: str, members: list[tuple[int, int]]) -> bool:
    """Whether a title-less 、-list reads as people on its own, with no member known: at least
    three members, each a whole two- or three-character Chinese name (or a foreign or minority
    one) the grammar accepts without a title, and none a place or a country (李强、赵乐际、王沪宁出席)."""
    if len(members) < 3 or text[members[0][0] - 1 : members[0][0]] == "“" or len({text[a] for a, _ in members}) == 1:
        return False  # “边打、边稳、边建”: a quoted slogan, not people
    if len({text[a + 1] for a, b in members}) == 1 and len({b - a for a, b in members}) == 1:
        return False  # 山更绿、水更清、天更蓝: parallel phrases sharing a word, not people
    if len({text[b - 1] for a, b in members}) == 1 and not all(text[a] in _common_surnames() for a, b in members) and all(
            b - a == 3 and not lexicons.common_words().get(text[a + 1 : b], "nr").startswith("nr") for a, b in members):
        return False  # 兴家风、淳民风、正社风: a verb before nouns sharing their last character, a slogan, not people (not 刘建华、王振华: common surnames)
    if not any(text[a] in _common_surnames() for a, b in members) and any(lexicons.common_words().get(text[a + 1 : b]) == "n" for a, b in members):
        return False  # 种蔬菜、种脐橙、养蜂: verbs before crops and trades, no frequent surname, not people
    if all(text[b - 1] in _WATERS for a, b in members) and not all(text[a] in _common_surnames() for a, b in members):
        return False  # 朝阳溪、竹排江、可利江等等: every member a river or a stream, a list of waters, not people (not 王长江、李守江、张宏江)
    if len(set.intersection(*(set(text[a:b]) for a, b in members))) >= 2:
        return False  # 真扶贫、扶真贫、真脱贫: a slogan turning two characters round, not people
    if all(b - a == 2 for a, b in members) and {text[a] for a, b in members} & {text[b - 1] for a, b in members} and not all(
            text[a] in _common_surnames() for a, b in members):
        return False  # 宝兰、兰渝、武九: pairs of two places' initials chained (兰 ends one, opens the next), lines, not people (not 王明、明华、李强)
    for a, b in members:
        name = text[a:b]
        if name in lexicons.places() or name in _countries() or not (2 <= len(name) <= 3 or SEP.search(name) or minority_end(text, a) == b):
            return False
    return True


def list_member_end(text: str, p: int) -> int | None:
    """End of one more member of a list already read as names, written between 、 (…陈希、陈全国、
    陈敏尔…: 全国 is a word, but here the given name): a surname and one or two characters, never a place
    or a body the lexicon knows (…肖捷和|科技部、国家卫生健康委负责同志: the ministry, no member)."""
    if text[p : p + 1] not in lexicons.surnames():
        return None
    for q in (p + 3, p + 2):
        name = text[p:q]
        if text[q : q + 1] in ("、", "等") and all("\u4e00" <= c <= "\u9fff" for c in name) and name not in lexicons.places() and (
                name not in lexicons.organizations()):
            return q
    return None


def _title_at(text: str, q: int) -> bool:
    """Whether a role word or a country starts at ``q`` (和|总理默克尔, 和|俄罗斯总统)."""
    return bool(any_role().match(text, q)) or text.startswith(lexicons.countries(), q)


def _is_function_word(w: str) -> bool:
    """A frequent verb, adverb, preposition or conjunction of jieba's dictionary (继续, 学习)."""
    tag = lexicons.common_words().get(w)
    return tag is not None and tag[0] in "vdpc" and lexicons.word_frequency(w) >= 2000


_RANKS = frozenset({"准将", "少将", "中将", "上将", "大将"})  # military ranks written after a foreign name
_SEES_OFF = re.compile(r"(?:到|前往|赴)[\u4e00-\u9fff]{0,12}?机场(?:送行|迎接|欢送|迎送)")
_TRAVEL = re.compile(r"[突出到来回顺首再]?访|[飞直]?抵|[奔远转]?赴")  # a verb of travel before the state gone to (突访埃及, 飞抵美国)
# 抵 before a state's or a capital's one-character short name (抵朝访问, 飞抵美, 抵京, 抵沪): arrives, never a syllable
_ARRIVES_ABBR = re.compile(r"[飞直]?抵[京沪港澳台美朝韩日俄英法德越泰]")
_SAYING_ACROSS = frozenset({"声称", "宣称", "坚称", "辩称", "声言", "扬言"})  # verbs of saying whose first character a transliteration would take
_EARLY = frozenset({"早在", "早就", "早已", "早于"})  # adverbs of time that open a clause after a name
_SCHEDULED = frozenset({"定于", "拟于"})  # "is scheduled to", before the date of a visit (拉夫罗夫|定于13日访问)


def _scheduled_at(text: str, q: int) -> bool:
    """Whether "is (was) scheduled to" opens at ``q`` (普京|定于, 格里菲思|原定于; not 格里菲思原|定于: 原 is "originally")."""
    return text[q : q + 2] in _SCHEDULED and text[q - 1 : q] != "原" or text.startswith(("原定于", "原拟于"), q)
# Peerages written after a British name (迪苏莎女男爵, 韦恩勋爵, 约翰·布朗爵士): the name ends before them.
# Teachers' roles (a post only at a school the title names: extract/posts), and the subject or grade written between
# a school and its teacher (某中学语文|教师, 某小学二级|教师).
TEACHERS = frozenset({"教师", "高级教师", "讲师", "高级讲师"})
SCHOOL_SUBJECT_GRADE = r"(?:语文|数学|英语|外语|物理|化学|生物|历史|地理|政治|思政|音乐|美术|体育|科学)?(?:[一二三四]级|特级|高级)?"
# Peerages, and religious titles written after a name as one is (居玛·塔伊尔大毛拉, 某某阿訇): never its last syllables
_PEERAGES = ("女男爵", "男爵", "女勋爵", "勋爵", "女爵士", "爵士", "女伯爵", "伯爵", "子爵", "侯爵", "公爵",
             "大毛拉", "毛拉", "大阿訇", "阿訇", "伊玛目", "活佛")
# Titles of address written after a name (史密斯女爵士, 梅夫人, 约翰逊先生): never its last syllable.
_HONORIFICS_AFTER = (*_PEERAGES, "夫人", "女士", "先生", "小姐", "太太", "阁下", "殿下", "陛下", "博士")


_ENVOY_AFTER = re.compile(r"(?:特别|全权)?代表(?!团|处|室|大会)|特使")  # a head's envoy for a place or a matter, after it


# A transliterated place name and the kind of estate or palace it names, before a meeting held there
# (安纳伯格庄园会晤, 克里姆林宫会谈): a venue, never a person's name
_VENUE_MEETING = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,6}?)(?:庄园|山庄|别墅|官邸|宫|堡|园)(?:会晤|会谈|会见|会面|见面|举行)")


_STATE_HEADS = ("总理", "总统", "首相", "议长", "外长")  # a state's head or minister, his name next
_BLOCS = ("组织", "盟", "约", "会")  # the lexicon's unions and bodies (世贸组织总理事会, 东盟, 欧洲议会): no state


def _state_head_before(text: str, p: int) -> bool:
    """Whether a foreign state's head title ends right at ``p`` (白俄罗斯总理|科比亚科夫): a word across
    its last character (理科) is the title's end and a syllable, not a word the name would cut."""
    if text[p - 2 : p] not in _STATE_HEADS:
        return False
    return any(lexicons.country_at(text, p - 2 - k) == (state := text[p - 2 - k : p - 2]) != "中国" and not state.endswith(_BLOCS)
               for k in range(2, min(p - 2, 8) + 1))


def foreign_name_end(text: str, p: int, known: frozenset[str] = frozenset()) -> int | None:
    """End of a transliterated name written without separators after a foreign title
    (南非总统拉马福萨|通电话, 土耳其总理耶尔德勒姆|21日): two to eight characters up to the
    clearest right edge, never across a function word; None when no edge is clear."""
    if p >= len(text) or text[p] in _FUNCTION_START or not "\u4e00" <= text[p] <= "\u9fff" or _FOREIGN.match(text, p):
        return None  # X·Y names are name_end's
    if text[p] == "们":
        return None  # 队员们|用吉尔吉斯语: the plural of the word before, no syllable
    if _MANY_OF.match(text, p):
        return None  # 巴基斯坦代表|多国发言: "many" and what is counted, no syllables
    if (stop := _FOREIGN_STOP.match(text, p)) and len(stop.group()) >= 2:
        return None  # 埃塞俄比亚总理|因病去世, 总统|表示: a word no transliteration has as a syllable opens no name
    if text[p] in "称说叫":
        return None  # 土耳其外长|称愿同美国合作: a headline's verb of saying right after the title, no syllable; 姑娘|叫X: the verb that names her
    if text[p] == "兼" and any_role().search(text, p + 1, p + 8):
        return None  # 领事|兼二等秘书: 兼 joins a second title, it opens no name
    if _known_name_after(text, p, known):
        return None  # 教授|握着习近平的手: words before a known name, no transliteration
    for q in range(min(len(text), p + 12), p + 1, -1):  # a set lookup per length, not a scan of ``known``
        if text[p:q] in known and (right_strength(text, q) >= 1 or _FOREIGN_NEXT.match(text, q) or verb_after(text, q) or _CALLED.match(text, q) or (
                q - p >= 3 and _common_word(text[q : q + 2], 1000) and not _common_word(text[q - 1 : q + 1], 100))):
            return q  # a known name, even where a word runs across its start (首相|约翰逊: 相约), or before 从未, 则, 指示, 手术, 通了电话
    if (venue := _VENUE_MEETING.match(text, p)) and not _stop_within(text, p, venue.end("place")):
        return None  # 总统|安纳伯格庄园会晤: the estate where they meet, no name
    if p > 0 and _common_word(text[p - 1 : p + 1], 50) and not (text[p - 1] == "人" and (role_ends(text, p) or text.endswith("领导人", 0, p))) and not (
            _state_head_before(text, p)):
        return None  # 议会|长老院: a word across the start opens no transliteration (but 领导人|马贾里亚夫: 人马 is no word there)
    if lexicons.common_words().get(text[p : p + 2], "").startswith("v") and lexicons.word_frequency(text[p : p + 2]) >= (30 if _common_word(text[p + 2 : p + 4], 50) else 100) or (
            text[p : p + 2] in _VERBS_TAGGED_AS_NAMES):
        return None  # 突尼斯总理|递交辞呈, 让美国总统|明白: a verb opens no transliteration (a rare one with no word after it may: 总裁|拉加德。)
    if text.startswith(_BEFALLS, p):
        return None  # 大使|遇袭受伤, 总理|遇刺身亡: what befalls the holder, however rare the verb, opens no transliteration
    if text[p] in _ADVERB_CHARS and text[p + 1 : p + 2] in _NEGATION_OR_TENSE:
        return None  # 两党议员|仍未就…达成一致, 总统|也未: an adverb and a negation or tense before the predicate, no syllables
    cands = []
    for q in range(p + 2, min(len(text), p + 8) + 1):
        if not "\u4e00" <= text[q - 1] <= "\u9fff" or _stop_within(text, p + 1, q) or (
                text[q - 2] == "一" and text[q - 1] not in "郎夫雄男"):
            break  # 领导人|齐聚一堂, 卢拉|一到北京: 一 is a number or an adverb, no syllable (it may close a Japanese name, 伊达忠一, or open its given one, 鸠山一郎)
        if q - p >= 4 and _common_word(text[q - 2 : q]) and not _AFTER_RE.match(text, q - 2) and text[q : q + 1] in _LAST_SYLLABLES and (text[q + 1 : q + 2] in HARD or _DATE_AFTER.match(text, q + 1)) and (
                all_syllables(text[p : q - 2])):
            cands.append((3, -(q + 1)))
            break  # 总统阿纳斯塔|夏季|斯。, …斯17号: a word whose characters are syllables too, a name's last syllable and the sentence's end or a day after it
        if any(text[q - k : q] in _AFTER_SET for k in range(2, min(4, q - p) + 1)) or _common_word(text[q - 2 : q]) or _word_then_verb(text, q - 2):
            break  # 府前反|政府示威者: a common word is no syllable
        if q - p >= 4 and _name_tagged_word(text[q - 2 : q]):
            break  # 领导人共叙|友谊: a very frequent word jieba tags a name (友谊, 文明) after two syllables is none (not 村民李|桂林)
        if any_role().match(text, q - 2) or any_role().match(text, q - 1):
            break  # 人民代表|院议长…: a role word is no syllable, the title goes on
        if text.startswith(MEMORIALS, q - 1):
            break  # 前总统格兰特|墓坐落在: the tomb named after him is no syllable
        if text[q - 1 : q + 1] in _RANKS:
            break  # 参谋长皮埃尔|准将代表…: a military rank after the name is no syllable
        if text[q - 1 : q + 1] in _EARLY:
            break  # 特朗普|早在竞选时期: an adverb of time is no syllable
        if text[q - 1 : q + 1] in _SAYING_ACROSS:
            continue  # 防卫大臣小野寺五典|声称: the verb's first character is no syllable (not 小野寺五典声|称)
        if text[q - 1 : q + 1] in _SCHEDULED:
            break  # 拉夫罗夫|定于13日访问: "is scheduled to" is no syllable
        if _scheduled_at(text, q):
            cands.append((3, -q))
            break  # 普京|定于14日, 埃尔多安|定于14日 (not 埃尔多|安定): the name ends before "is scheduled to" and its date
        if text.startswith(_PEERAGES, q - 1):
            break  # 迪苏莎|女男爵: a peerage is no syllable
        if lexicons.common_words().get(text[q - 2 : q], "x")[0] == "v" and lexicons.word_frequency(text[q - 2 : q]) >= 100:
            break  # 大使|遭绑架, 总理|遇害: a verb is no syllable
        if q - p >= 2 and _will_at(text, q):
            cands.append((2, -q))
            break  # 特使德米斯图拉|会出席会议: the modal "will" before a predicate, no syllable
        if now_acting(text, q) and right_strength(text, q + 1) != 2.5:
            cands.append((2, -q))
            break  # 总统加尼|正积极联络: 正 "now" before a verb or adverb, no syllable (not before 主持, 表示: a name's 正 there)
        if text[q : q + 1] == "代" and _named_at(text, q + 1, known):
            cands.append((2, -q))
            break  # 维奥蒂|代古特雷斯宣读致辞: "on behalf of" a person named after it, no syllable
        strength = 2 if _is_function_word(text[q : q + 2]) or _FOREIGN_NEXT.match(text, q) else min(right_strength(text, q), 2.5)
        if strength == 2 and lexicons.common_words().get(text[q : q + 2], "x")[0] == "v" and _is_function_word(text[q : q + 2]) and lexicons.common_words().get(text[q + 1 : q + 3], "x")[0] in "cp":
            strength = 1.5  # 奥廷加|以及, not 奥廷|加以: the conjunction after the next character is the edge
        if strength < 2 and (lexicons.common_words().get(text[q : q + 2], "x")[0] in "td" or lexicons.common_words().get(text[q : q + 2]) == "ad") and _common_word(text[q : q + 2], 300) and (
                not (_common_word(text[q - 1 : q + 1], 1000) and lexicons.common_words()[text[q - 1 : q + 1]] == "n")):
            strength = 2  # 拉夫罗夫|此前表示, 布伦南|上周末, 金墉|突然宣布: a time word or adverb follows (not 查韦斯手|术后: 手术 is the word)
        if text[q : q + 1] in ("和", "与", "及") and (_title_at(text, q + 1) or any_role().search(text, q + 1, q + 10)):
            strength = 2  # 施泰因迈尔|和总理默克尔, 穆菲丽哈特|和联邦院议长
        if text[q : q + 1] in ("和", "与", "及") and q - p >= 3 and _named_at(text, q + 1, known):
            strength = max(strength, 2)  # 总理齐普拉斯|与埃尔多安讨论: the conjunction before a name the story or lexicon knows
        if text[q : q + 1] == "等" or (text[q : q + 1] == "的" and q - p >= 3 and lexicons.common_words().get(text[q - 2 : q], "nr").startswith("nr")):
            strength = max(strength, 2)  # 施泰因迈尔|等一些欧洲官员, 特朗普|的此次访华 (的 is no syllable)
        if strength < 2 and q - p >= 3 and verb_after(text, q, 500 if q - p >= 4 else 1000):
            strength = 2  # 穆阿利姆|呼吁, 恰马尔|率领: a frequent verb after three syllables or more (a rarer one after four: 格列恰内|赞扬)
        if strength < 2 and text[q : q + 1] in _CLAUSE_WORDS and "\u4e00" <= text[q + 1 : q + 2] <= "\u9fff":
            strength = 2  # 内塔尼亚胡|将暂行, 姆努钦|向美国总统: no syllable, the name cannot run past it
        if strength < 2 and (text[q : q + 2] in _COUNT_ADVERBS and text[q + 2 : q + 3] != "日" or _AFTER_MEETING.match(text, q)):
            strength = 2  # 英拉|多次作出指示 (not 费尔南多|次日), 会见蒂勒森|后表示: how often, or the time after a meeting
        if strength < 2 and text[q : q + 1] == "一" and text[q + 1 : q + 2] in "到进上下回":
            strength = 2  # 卢拉|一到北京: "as soon as" before a verb of moving, no syllable
        if strength < 2 and text[q : q + 2] in ("一道", "一起"):
            strength = 2  # 同南非总统祖马|一道主持: "together", no syllable
        if strength < 2 and q - p >= 3 and _BY_MEANS.match(text, q):
            strength = 2  # 秘书长古特雷斯|以视频方式出席: the preposition of how one takes part, no syllable
        if strength < 2 and q - p >= 3 and text[q : q + 1] == "不" and text[q - 1 : q] != "因" and "\u4e00" <= text[q + 1 : q + 2] <= "\u9fff":
            strength = 2  # 佩雷斯|不幸逝世, 普京|不会出席: the negation is no syllable (利伯曼|因不满: 因 "because" before it)
        if strength < 2 and q - p >= 3 and _DATE_AFTER.match(text, q):
            strength = 2  # 总理穆罕默德|2月8日当选: a date after the name, no syllable
        if strength < 2 and q - p >= 3 and (text[q : q + 2] in _URGES or _leads_at(text, q)):
            strength = 2  # 议长拉里贾尼|敦促, 总统别尔德穆哈梅多夫|率政府…: a verb of urging, or 率 "leads", after three syllables or more
        if text[q : q + 1] in SYLLABLE_NEXT:
            strength = min(strength, 1)  # 施泰|因迈尔: 因 is a syllable more often than "because"
        if text[q : q + 2] in _RANKS or text[q : q + 2] in _EARLY or text[q : q + 2] in _SAYING_ACROSS or text[q : q + 2] in _SCHEDULED or text.startswith(_PEERAGES, q):
            strength = 2  # 皮埃尔|准将, 特朗普|早在, 拉夫罗夫|定于, 韦恩|勋爵
        if _number_after(text, q) or _word_then_verb(text, q):
            strength = max(strength, 2)  # 索索纽克|自19日起, 某某|衷心感谢: a preposition before a number, a word before a verb
        if _SEES_OFF.match(text, q):
            strength = 2  # 泰国副总理颂奇|到曼谷…机场送行: one who goes to the airport to see a guest off or meet him
        if q - p >= 2 and (text[q : q + 1] == "任" and any_role().match(text, q + 1 + (text[q + 1 : q + 2] in ("副", "代")))
                           or text[q : q + 1] in ("两", "俩") and any_role().match(text, q + 1)
                           or text.startswith(_ENTERS, q)) or _CALLED.match(text, q):
            cands.append((2, -q))
            break  # a name never runs into: 贝内特|任总理 (takes the post of a role), 容克|两主席 (how many hold it), 小野寺五典|进场
            # (entering or leaving a venue), 马克龙|通了话 (a phone call after the name, the name's edge)
        if q - p >= 2 and (text.startswith(_KIN_WORDS, q) or WITH_WIFE.match(text, q) is not None or text.startswith(KIN_OF, q) and "\u4e00" <= text[q + 2 : q + 3] <= "\u9fff"):
            cands.append((2, -q))
            break  # 尼克松|外孙考克斯, 卡扎菲|之子赛义夫, 副总统阿雷亚萨|和夫人: whose kin the next name is, no syllable
        if (verb := _TRAVEL.match(text, q)) and (lexicons.country_at(text, verb.end()) or _ARRIVES_ABBR.match(text, q)):
            cands.append((2, -q))
            break  # 哈夫塔尔|突访埃及, 马克龙|访美国, 某某|抵朝访问: a verb of travel before a state, no syllable (a name never runs into it)
        if lexicons.common_words().get(text[q : q + 4], "")[:1] == "i" and right_strength(text, q + 4) >= 2:
            cands.append((2, -q))
            break  # 总统杜特尔特|言出必行，: an idiom closing the clause is the predicate, no syllables (as 江山|功不可没 in name_end)
        cands.append((strength, -q))
    strength, neg_q = max(cands, default=(0, 0))
    if strength < 2:
        return None
    name = text[p:-neg_q]
    if name not in known and (k := _because_after(text, p, -neg_q) or _because_after(text, p, -neg_q, "又")):
        return p + k  # 助理弗林|因私下与…，弗林与…: the story writes the name alone again, 因 is "because", no syllable
    if name not in known and (k := _known_head(text, p, -neg_q, known)):
        return p + k  # 总统普京|施压, 总统特朗普|身在白宫: a known name does not take the next words as syllables
    if name not in known and (k := _told_alone_head(text, p, -neg_q)):
        return p + k  # 总统普京|写给…，普京致信: the story writes the shorter name alone again, the rest is a word
    tag = lexicons.common_words().get(name)
    if name in _countries() or (tag and not tag.startswith(_NAME_POS_OK) and lexicons.word_frequency(name) >= 100
                                and not (tag == "ns" and (len(name) >= 3 or strength >= 3) and name not in lexicons.places())):
        return None  # 部长|顾问称 (but 祖马, a rare noun of the dictionary, is a name; 参议员|亚历山大, a foreign city's name, too)
    if name not in known and (envoy := _ENVOY_AFTER.match(text, -neg_q)) and (
            envoy.group() == "特使" or foreign_name_end(text, envoy.end(), known) is not None):
        return None  # 英国女王大曼彻斯特|代表史密斯: the seat of the head's envoy, the title goes on to the name (not 古特雷斯|代表联合国致辞)
    return _dashed_tail(text, -neg_q)


def _because_after(text: str, p: int, q: int, word: str = "因") -> int:
    """Length of the name before ``word`` (因, 又) inside ``text[p:q]`` where the story writes that shorter name again
    at a name's edge (a word after it: 刘荣军|腰部), never followed by the word, and never writes the longer one again (弗林|因私下…，弗林与…); 0
    otherwise (施泰因迈尔, 川又弘道; 侯赛因 when only 侯赛尼 or 克莱因 when only 克莱斯勒 comes again: a longer word, not the name)."""
    k = text.find(word, p + 2, q)
    if k < 0:
        return 0
    short, whole = text[p:k], text[p:q]
    again = [i for i in occurrences(text, short) if i != p and (
        text.startswith(word, i + len(short)) or right_strength(text, i + len(short)) >= 1 or _common_word(text[i + len(short) : i + len(short) + 2], 100))]
    if not again or any(text.startswith(word, i + len(short)) for i in again) or any(i != p for i in occurrences(text, whole)):
        return 0
    return k - p


def _told_alone_head(text: str, p: int, q: int) -> int:
    """Length of a name of two characters or more that ``text[p:q]`` opens, leaving one or two characters
    that open a verb or adverb of the dictionary (写给), where the story writes that shorter name again at a
    clear edge and never the longer one (总统普京|写给…，普京致信); 0 otherwise (阿巴斯|卡尔: the rest is a
    name's, not a word; 哈里斯: 斯在 is no word; 河野|太郎: a noun of the dictionary is a given name too)."""
    words = lexicons.common_words()
    for k in range(q - p - 1, max(1, q - p - 3), -1):
        i = p + k
        rest = text[i:q]
        word = rest if len(rest) == 2 else text[i : i + 2]
        if words.get(word, "nr")[:1] not in ("v", "d") or lexicons.word_frequency(word) < 50:
            continue  # (50: a word common enough to be read as one; rarer pairs are as likely a name's syllables)
        short = text[p:i]
        again = [j for j in occurrences(text, short) if j != p and right_strength(text, j + len(short)) >= 2]
        if again and not any(j != p for j in occurrences(text, text[p:q])):
            return k
    return 0


# One-character words that, left over after a known name and before a clause word, are no syllable
# (特朗普|身在白宫, 拜登|定于, 普京|正在, 普京|现将, 普京|今在, 普京|亦将, 普京|却在).
_WORD_BEFORE_CLAUSE = frozenset("身定正现今亦却")


def _known_head(text: str, p: int, q: int, known: frozenset[str]) -> int:
    """Length of a known name of two characters or more that ``text[p:q]`` opens, leaving one or
    two characters that are words, not syllables: two that are a word of the dictionary and no name (普京|施压),
    a verb of travel before a state (特朗普|访英), or one of _WORD_BEFORE_CLAUSE before a
    _CLAUSE_WORDS character (特朗普|身在白宫, 拜登|定于); 0 when none (阿巴斯|卡尔, 阿基诺|三世 are whole names; 塞西|尔将,
    哈里|斯在, 布林|肯在: a clause word makes no leftover syllable a word, nor a word with it)."""
    for k in range(q - p - 1, max(1, q - p - 3), -1):
        if text[p : p + k] in known:
            i = p + k
            tag = lexicons.common_words().get(text[i : i + 2], "nr")
            travel = _TRAVEL.match(text, i)
            if q - i == 2 and not tag.startswith("nr") or travel and (text[travel.end() : travel.end() + 1] in STATE_ABBR or lexicons.country_at(text, travel.end())) or (
                    q - i == 1 and text[i] in _WORD_BEFORE_CLAUSE and text[q : q + 1] in _CLAUSE_WORDS):
                return k
    return 0


def _dashed_tail(text: str, q: int, dotted: bool = False) -> int:
    """End of a transliterated name that goes on past one dash at ``q`` (施耐德|—阿曼。): a second
    part of two to four characters before a clear edge, no company, place or word; else ``q``.
    After a dotted name (波西娅·辛普森|—米勒) the edge a dotted name's last part needs is enough."""
    if text[q : q + 1] != "—" or text[q + 1 : q + 2] == "—" or company_follows(text, q):
        return q  # ——: a dash of the sentence; 哈雷|—戴维森公司: a company
    for r in range(q + 3, min(len(text), q + 5) + 1):
        part = text[q + 1 : r]
        if not all("\u4e00" <= c <= "\u9fff" for c in part) or _stop_within(text, q + 1, r):
            break
        if (dotted_edge(text, r) >= 2 or text[r : r + 1] in _CLAUSE_WORDS) if dotted else right_strength(text, r) >= 2.5:
            return q if part in lexicons.places() or _common_word(part, 100) else r
    return q


_ENTERS = ("进场", "入场", "退场", "离场", "登场")  # entering or leaving a venue, after the one who does
# Verbs of harm that befalls one (大使遇袭, 总统遇刺): the predicate right after a title, never a name.
_BEFALLS = ("遇袭", "遇刺", "遇害", "遇难", "遇险", "遭袭", "遭刺")
_TERM_OPENS = ("首任", "前任", "现任", "候任", "新任", "继任", "时任", "第一任")  # which holder of a post, before its title
# Head-of-state and government titles that follow a foreign leader's name when two leaders are
# paired: 习近平主席同米尔济约耶夫总统, 总统和萨特巴尔季耶夫总理.
PAIRED_TITLES = ("总统", "总理", "主席", "总书记", "首相", "国王", "女王", "埃米尔", "苏丹")
_HEAD_OF_STATE = ("总统", "首相", "国王", "女王", "埃米尔")
_ENVOY_LEFT = re.compile(r"(?:转达了?|会见|致电|同)$")
LEADER_TITLES = r"总统|总理|主席|首相|国王|女王|委员长"  # a leader's title written after his name (X总统同Y, 同Y总理举行会谈)
_PAIR_LEFT = re.compile(r"(?:" + LEADER_TITLES + r"|总书记)[同与和及对]$")
_HONORARY = ("荣誉", "名誉")  # 吴伯雄荣誉|主席: the honour opens the title, no name ends with it
_HONOUR = re.compile(r"(?:全国|全省|全市|全县|全区|[省市县区])?(?:优秀|先进|模范|最美|十佳|劳动模范|道德模范)")  # 全县优秀共产党员, 最美警察


# The people an honour names (全国杰出专业技术人才|代表, 劳动模范|代表): their 代表 holds no office and names no body.
HONOURED = re.compile(r"(?:人才|模范|劳模|楷模|先进个人|先进集体|先进工作者|标兵|获奖者|获得者|(?:模范|优秀|最美|杰出|先进|骨干)(?:教师|班主任|校长|教育工作者|辅导员)|(?:先进|优秀)(?:基层)?(?:党组织|共产党员|党务工作者))$")


def is_honour(title: str) -> bool:
    """Whether ``title`` names an honour (优秀共产党员, 全国优秀县委书记, 先进工作者): the people
    it names are praised, they hold no post by it."""
    return _HONOUR.match(title) is not None


def paired_name_start(text: str, s: int) -> int | None:
    """Start of a transliterated name that ends before a leader's title at ``s`` and follows
    another leader and 同/与/和 (习近平主席与|本扬|主席, 温家宝总理同|阿塔姆巴耶夫|总统), or a clear
    edge when the story names them twice: the two edges are the pairing and the title; None
    unless two to eight syllables lie between, with no word, role, country or place among them."""
    for p in range(s - 2, max(-1, s - 9), -1):
        name = text[p:s]
        paired = bool(_PAIR_LEFT.search(text, max(0, p - 4), p))
        edge = p == 0 or text[p - 1] in HARD or text[p - 1] in "与和及、 \u3000"
        head = text.startswith(_HEAD_OF_STATE, s) and (edge and (p == 0 or text[p - 1] not in " \u3000") or _ENVOY_LEFT.search(text, max(0, p - 3), p))
        if not paired and not (len(name) >= 3 and text[s : s + 2] != "苏丹" and (edge and text.count(name) >= 2 or head)
                               and not any(_common_word(name[i : i + 2], 20) for i in range(len(name) - 1))):
            continue  # …or a clear left edge and the story names the same person again (你好，|鲍里索夫|总理), or
            # a head of state's title no Chinese official holds (分别与|拉贾帕克萨|总统, 转达了|恩库伦齐扎|总统对)
        if not all("\u4e00" <= c <= "\u9fff" for c in name) or name[0] in _FUNCTION_START or name[0] == "以" or any(c in "的了是和与同及等在国对向将把被给从为" for c in name) or name[-1] in "副前原代新" or name.endswith(_HONORARY):
            return None  # 同来访的|总统, 美俄两国|总统, 哈梅内伊对|总统, 会见以洪森|首相为团长: a phrase, not a name; 拜登副|总统, 同连战荣誉|主席: the title starts before
        if lexicons.country_at(name) or any(name[:k] in lexicons.places() for k in (2, 3, 4)) or any_role().search(name) or name in lexicons.organizations():
            return None  # 同俄罗斯|总统, 同越南国家|主席, 美联储|主席: a title, not a name
        if name[-1] in "党会":
            return None  # 总统X和|左联党|主席, 、|欧洲奥委会|主席和: a party or a committee, the title's body; no transliterated name ends in 党 or 会
        if name.endswith(_TERM_OPENS):
            return None  # 习近平主席和纳扎尔巴耶夫首任|总统: which term of the post, the title starts before it
        if _known_name_after(text, p, frozenset()):
            return None  # 有|习近平|总书记: a word before a public figure's own name, no transliteration
        if any(_common_word(name[i : i + 2], 300) for i in range(len(name) - 1)) or name in _countries():
            return None  # 与新任|总统, 同两国|总理: words, not syllables
        return p
    return None


def paired_with_leader(text: str, s: int) -> bool:
    """Whether a transliterated name before the title at ``s`` follows a leader and 同/与/和 (习近平主席和|尼尼斯托|总统)."""
    return (p := paired_name_start(text, s)) is not None and bool(_PAIR_LEFT.search(text, max(0, p - 4), p)) and all_syllables(text[p:s])  # not 总统与|卸任|总统


_CONJUNCTIONS_ACROSS = frozenset({"以及", "并且", "而且"})  # two-character conjunctions whose first character a name could take


def _syllable_then_at(text: str, i: int) -> bool:
    """Whether ``text[i]`` and the 在 after it make an attributive word of the dictionary (内在) and a state or place
    follows 在: the preposition of where, after a name's last syllable (…·波杜布内|在叙利亚), no word of two.

    >>> _syllable_then_at("波杜布内在叙利亚采制", 3), _syllable_then_at("内在动力", 0)
    (True, False)
    """
    return text[i + 1 : i + 2] == "在" and lexicons.common_words().get(text[i : i + 2]) == "b" and bool(
        lexicons.country_at(text, i + 2) or any(text[i + 2 : i + 2 + k] in lexicons.places() for k in (2, 3)))


def japanese_name_end(text: str, p: int) -> int | None:
    """End of a Japanese name after a Japanese title, written without separators (岸田文雄,
    竹田恒和, 菅义伟, 鸠山由纪夫): four characters first, then three, five, two, at the
    clearest right edge (和 only before another title); None when no edge is clear."""
    best: tuple[float, int, int] | None = None
    for rank, k in enumerate((4, 3, 5, 2)):
        q = p + k
        if q > len(text) or not all("\u4e00" <= c <= "\u9fff" for c in text[p:q]) or text[p] in _FUNCTION_START:
            continue
        if _FOREIGN_STOP.search(text, p + 1, q - 1) or (text[q - 1] not in "和也" and _FOREIGN_STOP.match(text, q - 1)) or text[q - 1] == "又" or (
                text[q - 1] == "也" and not (k == 4 and _given_name_in_ye(text, p, q))):
            continue  # 安倍晋三|将, 中山泰秀|说; 竹田恒和 ends in 和; 又 "again" never ends a name (菅义伟|又), though it may stand inside one (川又弘道)
        if text[q - 1 : q + 1] in _CONJUNCTIONS_ACROSS:
            continue  # 森本敏|以及: the name never ends inside the conjunction after it
        chosen = _chosen_as(text, p, q)
        if any(_common_word(text[i : i + 2]) for i in range(p, q - 2 if chosen else q - 1)) or any(text[q - j : q] in _AFTER_SET for j in (2, 3)):
            continue  # 桥下彻|有关, 便提前离场: a word is no part of the name (but a given name of the dictionary closing one chosen as a holder: 海江田|万里为)
        if _will_at(text, q - 1):
            continue  # 安倍晋三会|出席: the modal "will" is no part of the name
        strength = min(right_strength(text, q), 2.5)
        if strength < 2 and _will_at(text, q):
            strength = 2  # 安倍晋三|会出席: the modal "will" before a predicate is the edge
        if (strength < 2 and k == 4 and _common_word(text[q : q + 2], 100) and lexicons.common_words()[text[q : q + 2]][0] == "v"
                and not any(_common_word(text[i : i + 2], 30) for i in range(p, q - 1))):
            strength = 2  # 日本首相安倍晋三|参拜: a verb after four characters is the edge (not 首相|诚心道歉|才能)
        if strength < 2 and (_closing_deng(text, q) or _DENG_COUNTED.match(text, q)):
            strength = 2  # 细田博之|等19名国会议员: 等 closes the list the name opens
        if strength < 2 and text.startswith("也", q) and _written_without_ye(text, text[p:q]):
            strength = 2  # 二阶俊博|也在…, 二阶俊博说: 也 is "also" where the story writes the name again without it
        if strength < 2 and k == 4 and _JAPANESE_ONE_CHAR_EDGE.match(text, q) and text[q - 1] not in _ADVERB_CHARS and text[q - 1 : q + 1] not in lexicons.common_words():
            strength = 2  # 浜田靖一|称，, 笼池泰典|是, 钵吕吉雄|后第二位: a one-character verb or 后 after four characters (not 石破茂总|是, 石破茂声|称: a word across)
        if strength < 2 and k == 4 and text.startswith("也", q) and (_ALSO_THEN.match(text, q + 1) or _SPEECH_AFTER.match(text, q + 1) or verb_after(text, q + 1)):
            strength = 2  # 干事长二阶俊博|也在记者会上说: four characters, then "also" before the predicate (a given name in 也 ends at four: 冈田克也)
        if strength < 2.5 and chosen:
            strength = 2.5  # 选举…大臣海江田万里|为民主党新党首: the one a vote or an appointment makes the post's holder, ended by 为
        if k == 5 and strength < 2.5:
            continue  # five characters (鸠山由纪夫) only before punctuation or a predicate
        if text.startswith(("和", "与", "及"), q):
            strength = 2 if _title_at(text, q + 1) or any_role().search(text, q + 1, q + 10) else 0
        if strength >= 2 and (best is None or (strength, -rank) > best[:2]):
            best = (strength, -rank, q)
    return best[2] if best else None


_DENG_COUNTED = re.compile(r"等(?:\d+|[一二两三四五六七八九十百]+)[名位人]")
_SPEECH_AFTER = re.compile(r"表示|说|称|指出|强调")
_ALSO_THEN = re.compile(r"[在于对向就将是曾已]")  # after 也 "also": a preposition or adverb opening the predicate
_CHOOSES = re.compile(r"(?:选举|推选|选出|推举|任命|提名)[^，,。；;！？：:\n]*$")


def _chosen_as(text: str, p: int, q: int) -> bool:
    """Whether ``text[p:q]`` is the one a vote or an appointment in the same clause makes a post's holder:
    选举…X|为…党首 (a verb of choosing before it, 为 and a role after it)."""
    return text.startswith("为", q) and any_role().search(text, q + 1, q + 14) is not None and _CHOOSES.search(text[max(0, p - 30) : p]) is not None


def _given_name_in_ye(text: str, p: int, q: int) -> bool:
    """Whether the 也 ending ``text[p:q]`` is the name's (冈田克也|表示): a verb of speech follows, and the
    story never writes the name without it (石破茂|也表示 with 石破茂 elsewhere: 也 is "also")."""
    return _SPEECH_AFTER.match(text, q) is not None and text.count(text[p : q - 1]) == text.count(text[p:q])


def _written_without_ye(text: str, name: str) -> bool:
    """Whether the story writes ``name`` with no 也 right after it, before a verb or punctuation."""
    i = text.find(name)
    while i >= 0:
        e = i + len(name)
        if not text.startswith("也", e) and (e >= len(text) or text[e] in PUNCT or verb_after(text, e) or _SPEECH_AFTER.match(text, e)):
            return True
        i = text.find(name, i + 1)
    return False


# One character that ends a four-character Japanese name read after its title: "said", "is", "after" (浜田靖一|称，),
# never a syllable of one; and the adverbs that would stand between a three-character name and it (石破茂亦|称)
_JAPANESE_ONE_CHAR_EDGE = re.compile(r"称(?=[，,：:“])|是(?=[\u4e00-\u9fff])|后(?=[\u4e00-\u9fff，,])")
_ADVERB_CHARS = frozenset("亦即便均皆再又却才仍都也还就已曾正更总但")


def _name_tagged_word(w: str) -> bool:
    """A word jieba tags a name or proper noun yet reads as a common word by its frequency (友谊, 文明,
    和平), far above any foreign given name it tags so (约翰, 安娜)."""
    tag = lexicons.common_words().get(w)
    return tag is not None and tag.startswith(("nr", "nz")) and lexicons.word_frequency(w) >= 1200


def _common_word(w: str, min_freq: int = 500) -> bool:
    """A frequent word of jieba's dictionary that is not a name or place (政府, 继续)."""
    tag = lexicons.common_words().get(w)
    return tag is not None and not tag.startswith(("nr", "ns", "nz")) and lexicons.word_frequency(w) >= min_freq


def _verb_word(w: str, min_freq: int = 50) -> bool:
    """A verb of jieba's dictionary of some frequency (去留, 访问): never a pair of syllables of a name."""
    return lexicons.common_words().get(w, "x")[0] == "v" and lexicons.word_frequency(w) >= min_freq


@lru_cache(maxsize=8)
def _lengths(names: frozenset[str]) -> tuple[int, ...]:
    """The lengths of ``names`` (a frozenset caches its hash: one lookup per call)."""
    return tuple(sorted({len(n) for n in names}))


# a list closed by 等 and the title its members hold (张三、李四等全国政协委员): what ends right before a 和 that joins another
_LIST_CLOSED_BY = re.compile(r"等(?P<role>[\u4e00-\u9fff]{2,10})$")


def _weak_surname_ok(text: str, p: int, known: frozenset[str], extra: tuple[str, ...], titled: bool) -> bool:
    """和/同/应/向 start a name only when what follows is not a word or a name of its own."""
    if any(text[p : p + k] in known for k in _lengths(known)):
        return True  # a known name starts here: a set lookup per length, not a scan of every name
    if text[p - 1 : p] == "的" and text[p] in _SURNAME_AFTER_DE and text[p : p + 2] not in lexicons.common_words():
        return True  # 来自农村的向|平华代表: after 的 a noun phrase opens, 向 is no preposition there (but 的向往, 的应用)
    if text[p + 1 : p + 3] in lexicons.common_words() or text[p + 1 : p + 2] in _countries() or (
            text[p + 2 : p + 3] == "方" and text[p + 1] in _SIDE_ABBR):
        return False  # 和|中方, 向|德方
    if any_role().match(text, p + 1):
        return False  # 外长和|防长参加: 和 joins a second title, it opens no name
    if text[p] in "和同" and (g := _LIST_CLOSED_BY.search(text, max(0, p - 12), p)) and (t := split_title(g["role"], 0)) is not None and (t.start, t.end) == (0, len(g["role"])):
        return False  # 张三、李四等全国政协委员和|王五、赵六等专家: the title closes the list before, 和 joins a second one
    rest = name_end(text, p + 1, known, extra, 1, titled)
    if titled and ((rest is not None and text[p + 1 : rest] in known) or any(_title_at(text, p + k) for k in (3, 4))):
        return False  # 国家主席同|通伦总书记: the rest is a name with its own title
    return titled or rest is None  # 同|通伦, 应|李强; 副省长应晓岚


# Verbs of urging or rebuking, rarer in the dictionary than verb_after asks, that open a clause after a
# transliterated name of three syllables or more (拉里贾尼|敦促, X|驳斥): never syllables of one
_URGES = frozenset({"敦促", "督促", "驳斥", "抨击", "重申"})
_COUNT_ADVERBS = frozenset({"多次", "首次"})
_CALLED = re.compile(r"通了?(?:电话|话)")  # a call told after the one called (同X通了话): the edge of his name


def _leads_at(text: str, q: int) -> bool:
    """Whether 率 at ``q`` is "leads" before what is led (…|率政府成员), not a rate: never the end of a
    word of the dictionary (得票率) nor before a figure (得票|率约为44%)."""
    return text[q : q + 1] == "率" and "\u4e00" <= text[q + 1 : q + 2] <= "\u9fff" and text[q + 1] not in "约为达是高低仅超近" and not any(
        text[q - k : q + 1] in lexicons.common_words() for k in (1, 2, 3))  # after a name, how often it acts (首次 and 多次 are no syllables)
_AFTER_MEETING = re.compile(r"后(?:[，,]|表示|说|称|指出|强调|宣布)")  # 会见X后表示: 后 closes the clause of the meeting
_ALL_ADVERBS = frozenset("都均")  # "all, both" after a list of names (马林|都因…, X|均在…)
_CLAUSE_AFTER_ALL = frozenset("因在是将已曾要会把被对从为于已")  # what opens the clause after them
SYLLABLE_NEXT = frozenset("因")  # function words that transliterations use as syllables
# Kin, as a noun of its own: never a field a body is named by (总统的儿子和|安全委员会主席X)
KIN_NOUNS = _KIN_WORDS + ("妻子", "丈夫", "父亲", "母亲", "兄弟", "姐妹", "哥哥", "弟弟", "姐姐", "妹妹", "儿媳", "女婿", "侄子", "家人", "亲属")
KIN_OF = ("之子", "之女", "之妻", "之夫", "之孙", "之父", "之母", "之兄", "之弟", "之姐", "之妹", "之遗孀")  # whose kin the name is
KIN_AFTER_NAME = "|".join(_KIN_WORDS + KIN_OF)  # (…之子: a name that runs into it is trimmed, nlp._trimmed_hits)
# Memorials and burial places named after a person: they end the name, never belong to it (何塞·马蒂|墓, 林肯|故居);
# also what a place is named for (nlp._NAMED_AFTER_HIM) and what tells of one gone (nlp._GONE_AFTER)
MEMORIALS = ("墓", "陵", "故居", "旧居", "雕像", "塑像", "铜像", "纪念馆", "纪念碑", "纪念堂")
_BURIAL = re.compile("墓|陵[园墓寝]")  # a tomb after a Chinese name (a given name may end in 陵: 张金陵)
_DOTTED_TAILS = _PEERAGES + KIN_OF + MEMORIALS  # what closes a dotted name as a word does (约翰·布朗|爵士, 乔莫·肯雅塔|之子)
_BEFORE_NUMBER = frozenset("以于在将对向自")  # a preposition or verb before a number is no syllable (自19日起)
_NOT_NAME_HEAD = ("候选人", "竞选人", "人选")


def _foreign_ok(name: str, last: int, titled: bool) -> bool:
    """Whether the parts before the last one read as a foreign name: 对话·上海 does not;
    a name joined only by hyphens (迪亚斯-卡内尔) needs a title before it."""
    if "·" not in name and not titled:
        return False
    parts = [x for x in SEP.split(name[:last]) if x]
    if not parts or parts[0][0] in _FUNCTION_START or any(_stop_within(x, 0, len(x)) for x in parts):
        return False  # 习近平就|多丽丝·洛伊特哈德
    if parts[0].startswith(_NOT_NAME_HEAD):
        return False  # 副总统候选人|阿卜杜勒·卡里姆, 总统竞选人|希拉里·克林顿: the candidacy is no part of the name
    head = lexicons.common_words().get(parts[0][:2], "nr")
    if head[0] in "nv" and not head.startswith(("nr", "ns", "nz")) and lexicons.word_frequency(parts[0][:2]) >= 1000:
        return False  # 助理|艾曼·苏珊: a common word opens no foreign name
    places = lexicons.places()
    if titled and len(parts) == 1 and parts[0] in _STATE_GIVEN_NAMES and not _place_or_body_at(name, last):
        return True  # 副总统萨尔瓦多·劳雷尔: a state's name as a given one, after a title (not 萨尔瓦多·中华商会: a body)
    return not any(x in places or x in _countries() for x in parts)


# States whose names serve as given names (Salvador, Dominique); no other state's name opens a
# dotted name (马来西亚·中国商会, 哥伦比亚·波哥大: a body or a place of the state).
_STATE_GIVEN_NAMES = frozenset({"萨尔瓦多", "多米尼克"})


def _place_or_body_at(name: str, last: int) -> bool:
    """Whether the last part opens with a place or 中国/中华, or a body's suffix closes it (X·中美洲议会)."""
    tail = name[last:]
    return tail.startswith(("中国", "中华")) or any(tail[:k] in lexicons.places() for k in (2, 3, 4)) or any(
        tail.startswith(s, k) for k in range(1, 5) for s in lexicons.org_suffixes() if len(s) >= 2)


# One-character abbreviations of states as the news pairs them (中美, 中英, 加中).
STATE_ABBR = frozenset("中美英法德俄日韩朝加澳新印巴越泰意西葡荷比瑞挪丹芬希土埃南")
# …and those that stand alone before a foreign title (俄外长, 叙总统, 美防长): never 中, nor one
# that is also a common word or a syllable (新总统 is a new president, 以总理身份, 伊 opens names).
STATE_ONE = frozenset("俄美英法德日韩朝叙巴越泰澳菲埃")
# …and those that stand before 方 for a state's side in talks (英方, 马方, 斯方).
_SIDE_ABBR = STATE_ABBR | frozenset("马斯蒙老柬缅菲哈乌塔吉伊沙以叙古阿墨双各我对外")
# …of them, those that name one state (not 双方, 各方, 我方, 对方, 外方: sides, no state)
_STATE_SIDE_ABBR = _SIDE_ABBR - frozenset("双各我对外")


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(lexicons.countries())


# X·Y, X-Y and X＝Y·Z: foreign names, the separators as the news writes them; 和/与/及/同 join two
# names (迈克·本田和斯蒂夫·伊斯雷尔, 王刚同卡斯特罗-莫拉莱斯), they are never inside one
_HAN = r"(?:(?![和与及同])[\u4e00-\u9fff])"
_FOREIGN = re.compile(rf"{_HAN}{{1,8}}(?:{SEPARATOR}{_HAN}{{1,8}})*{SEPARATOR}(?P<last>{_HAN}{{1,10}})")
_REGNAL_AFTER = re.compile(r"[一二三四五六七八九十]{1,3}世(?![界纪代])")  # a monarch's number after a separated name (胡安-卡洛斯一世)


def hyphenated_name_at(text: str, p: int) -> bool:
    """Whether a foreign name written with its separators (·, -, ＝) begins at ``text[p]``: such a
    name ends where its parts end, which ``name_end`` finds, not where a transliteration stops."""
    return bool(SEP.search(text, p, p + 12) and _FOREIGN.match(text, p))

# --- titles -------------------------------------------------------------------------------

_LEVEL_ROLES = re.compile(
    r"^(常务|代)?副?(省|市|县|区|州|盟|旗|镇|乡)长$|^(总书记|总理|副总理|委员长|国务委员长?)$"
    r"|^(常务)?副?(校长|董事长|总经理|院长|行长|理事长)$"
)
ORG_START = (
    "中共", "中国", "中华", "中央", "全国", "国务院", "国家", "最高", "党", "共青团", "团", "省", "市", "县",
    "区", "州", "盟", "旗", "镇", "乡", "村", "自治", "人大", "政协", "纪委", "监委", "驻", "新华社", "人民",
    "校", "院", "集团", "公司", "街道", "社区", "居委会", "村委会", "国际", "武警",
)
# How many, in digits or Chinese numerals (6, 两, 二十三): one class for every count of persons (nlp's 王五、赵六等6位, 两位委员).
COUNT = r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})"
# The 56 nations of China as a note names them (马文清(回族)): 家族, 民族 and other words ending in 族 are none.
NATIONS = ("汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎",
           "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南",
           "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
           "鄂伦春", "赫哲", "门巴", "珞巴", "基诺")
# A note after a name: sex, nation, a concurrent post (严隽琪(女), 向巴平措(藏族), 王兰（女，回族）, 王晨(兼)).
PERSON_NOTE = re.compile(r"[（(](?=[^）)])(?:女|兼|女[，,])?(?:(?:" + "|".join(sorted(NATIONS, key=len, reverse=True)) + r")族)?[）)]")
PARTY_KINDS = ("中间党派", "左翼政党", "右翼政党")  # what kind a party is (中间党派蓝白党; 中左翼政党, 极右翼政党 end with one)
# which side or kind a party is, written before its name (执政党进步党主席, 中间党派蓝白党领导人)
PARTY_SIDES = ("执政党", "在野党", "反对党", *PARTY_KINDS)
PARTY_SIDE = "|".join(PARTY_SIDES)  # the same, as a pattern's alternatives
# 反对派 between a state and its party's name (柬埔寨反对派救国党): which side the party is on, no part of its body
OPPOSITION_BEFORE_PARTY = re.compile(r"反对派(?=[\u4e00-\u9fff]{2,8}党$)")
ORG_BAD = re.compile(
    r"--|—|以(?=中共|中央|全国|国家|中国)|经(?=中共|中央|全国|国家|中国|国务院)|不能|不会|不得|无法|传唤|接触|痛斥|指责|起诉|抓捕|逮捕|刺杀|暗杀|枪杀|绑架|推翻|弹劾|包括|审议|专访|采访|取消|击败|的|了|在|是|把|被|从|将|(?<!自)由|召开|主持|出席|参加|列席|会议|(?<!高)等|及|与|同志|[我你他她咱]们|我|您|向|(?<![应反])对(?!外)|并|后(?!勤)|(?<=[会议])上(?!院)|中强调|听取|看望|来到|还有|"
    r"深入|走访|调研|考察|视察|会见|陪同|邀请|委托|(?<!全国)(?<!政权)代表(?!团)|代表(?=大会主席团)|次全国代表大会|带领|率|到|赴|前往|任命|递补|免去|接受|辞去|决定|授予|表彰(?!(?:工作)?(?:委员会|领导小组|办公室))|受|"  # 表彰工作委员会: a body named by the honours it confers
    r"欢迎|讨论|作出|批示|通过|指派|指定|当天|当日(?!本(?![市县区省州镇乡村届次]))|上午|下午|晚上|日前|近日|同日(?!本(?![市县区省州镇乡村届次]))|次日|[当同](?=日本)|\d+[号日]电?|宣布|发表|刊发|提名|会晤|通话|致电|致函|致信|祝贺|签署|举行|表示|称|说|"
    r"讲话|指出|强调|表示|要求|通报|汇报|介绍|宣读|传达|各(?!方[\u4e00-\u9fff]{0,4}?(?:中心|办公室|办事处|联络处|秘书处))|全体|有关|相关|负责|职务|特邀|特聘|所属|下属|(?<![共协])同(?!济)|"
    r"(?:学习|贯彻|落实|现任|拟任|曾任|历任)(?=[省市县区全党第]|中央|中国|中共)|根据(?!地)|按照|依据|依照|(?<!国)有(?![限色])|听(?=[村乡镇县])"
    r"|(?:" + PARTY_SIDE + r")(?=[\u4e00-\u9fff]{2,8}党)"  # 执政党|自由民主党代理干事长: which party, not its name
    r"|(?<=反)对(?!派(?![^“，,。；;、]{0,8}“))"  # 反对|美国…: the verb cuts; 叙利亚反对派代表团|发言人: the side's word is the body's own (反对|派“全国联盟”主席: the quoted name is read alone, as before)
    r"|播发|转发|印发"  # 新华社受权全文播发|十二届全国人大常委会委员长X所作的报告: what the agency does, no body's name
    r"|援引|引述|引用"  # 某电视台援引|某研究院总经理X的话: the medium that quotes him, no body's name
    r"|主讲人"  # 主讲人|全国人大常委会委员X: who gives the lecture, no body's name
    r"|不敌|败给|输给|负于|战胜(?!利)"  # 在预选中以微弱劣势不敌|现任总统X, 以显著优势战胜|现任总统X: a contest's verb ends the title's reach
    r"|审理(?!室)"  # 宪法法院今天审理看守政府|总理X: what a court does, no body's name (案件审理室 is one)
    r"|判决|裁定|裁决|宣判"  # 宪法法院今天判决|看守总理X: what a court rules, no body's name
    r"|(?<=[\u4e00-\u9fff])着(?![力眼手重陆])"  # 陈列着|时任省委书记X的米袋: a verb's aspect, no body's name (着力, 着眼 open a field)
    r"|(?:提供|(?<![供补配自桑]))给(?![水排])予?"  # 提供给|某网站创始人X, 给予|某集团董事长X…处分: to whom, no body's name (供给侧, 补给舰, 给水, 桑给巴尔 hold it)
    r"|^据(?=[\u4e00-\u9fff]{2})"  # 据|广州市国土房管局新闻发言人X介绍: according to, no part of the body
    # 会议推举|全国政协主席X, 执政党推选|总统X: who elects or puts up the holder (选举委员会, 选举法院 are bodies)
    r"|推举|推选|推荐|选出|选举(?!委|管理|事务|法院|机构|会议|监督)"
    # 紫阳县还建起|社情民意调查中心, 中央成立|全面深化改革领导小组: who sets the body up (but 庆祝…成立70周年筹委会,
    # 庆祝中国共产党成立百年活动领导小组: a founding's years)
    r"|设立|建起|建立健全|成立(?![\d一二三四五六七八九十百]+周?年)"
    r"|(?<![第统划唯])" + COUNT + r"[位名]"  # 王五、赵六两位|委员: how many, no body's name (not 统一|名称, 唯一)
    r"|[来源缘]自"  # 变化缘自|某区人大代表X, 经验来自|某县县长X: where something comes from, no part of the body
    r"|(?:来源|起源|源|缘|得益|归功|归因|取决|受益|得力|在|始|基|鉴|出|属|致力|有赖|依赖)于"  # 是源于|村党委书记X, 得益于|某县县长X: a verb's object after 于, no part of the body
    r"|确定(?!国家利益)"  # 会议确定|全国政协委员X为新闻发言人: the appointment formula, as 决定 (伊朗确定国家利益委员会 is one name)
    r"|督促|敦促|责成"  # 某县督促|村委会公开账目: one body urging another, no part of either's name
    r"|当事人"  # 当事人|某县财政局局长X: the one the case is about, no part of the body
    r"|(?<!尤)其中"  # 45人被处理，其中|某县县长X: one of those just counted, no part of the body (尤其|中央 is no 其中)
    r"|怀疑|涉嫌"  # 检方因怀疑|某集团创始人X: a suspicion's clause, its subject no part of the body
    r"|担任|出任|就任"  # 某人1937年担任|某委员会主席时: the clause of taking a post, no part of the body
    r"|(?<![转出退谦礼忍避])让(?![渡利·\-－])"  # 意见让|某局局长X出乎预料: the causative verb, its object the holder (转让, 让渡: words of a body's trade; 让-|让·: Jean, a name)
    r"|所以|因此|因而|于是|但是|可是|然而|而且|不过|因为"  # 怎甘落后?所以|某县委书记X: a conjunction opening the clause, no part of the body
    r"|离不开|离不了|少不了|多亏"  # 转变离不开|原某县卫生局局长X的努力: what a change owes to someone, no part of the body
    r"|(?<!成)就(?![业医读学诊职])"  # 多家媒体就|某党委员长X访华…: 就 opens the topic of a clause, no part of the body (就业局, 成就 are words)
    r"|来找|去找|找到"  # 村民一早就来找|村党支部书记X: whom one goes to see, no part of the body (as 看望, 来到)
    r"|(?<=[对为据])此"  # 对此|外交部发言人X: the 此 of 对此 (为此, 据此) points back, no part of the body (因此 is above)
)
PLACE_LIKE = re.compile(r"^(中共)?[\u4e00-\u9fff]{2,3}(省|市|县|区|州|盟|旗)")
ENTERPRISE = re.compile(r"(集团|公司|大学|学院|学校|银行|医院|研究院|中学|小学|报社|电视台)(有限公司|股份有限公司|有限责任公司)?(党委|党组|纪委|董事会|监事会|工会)?$")
# 和/与 inside a unit's name: 发展和改革委员会, 农业和畜牧业部, 遗传与发育生物学研究所, 深化国防和军队改革领导小组
_AND_WORDS = re.compile(r"共和|和平|和谐|党和国家")  # words with 和 inside: 中华人民共和国, 共和党, 和平委员会, 党和国家功勋荣誉表彰工作委员会
# A firm's two-character name that ends in 和 (信和集团, 华和公司): after one character 和 joins nothing
_BRAND_AND = re.compile(r"^[\u4e00-\u9fff]和(?=集团|公司|控股|地产|置业|实业)")
_MANDATE_ROLES = ("特使", "特别代表", "高级代表", "特别顾问")  # an envoy named by the questions he is sent for
# 与 joining two fields inside one unit's name, the unit right after: 贸易与工业部, 医药与健康研究院
# 呼吸与危重症医学II科: a hospital's department; 正义与发展党, 巩固与发展党, 团结与进步阵线: the party right after 与
# (a front only after a field: 政府与|…阵线, 人民党主席与|…阵线 join two bodies or two titles)
_NOT_A_FIELD = r"(?<![府党国部会院局军方团盟线织派界席长理记统员相使官事])"  # the last character of a body or a title
_JOINED_UNIT = re.compile(r"与(?:[\u4e00-\u9fff]{1,6}?(?:研究所|研究院|学院|大学|中心|委员会|部(?=部长|副部长|长)|医学[IVⅠ-Ⅻ]*科)|[\u4e00-\u9fff]{0,6}?发展党"
                          r"|[\u4e00-\u9fff]{2,8}?(?:问题|事务)(?=" + "|".join(_MANDATE_ROLES) + "))"
                          r"|" + _NOT_A_FIELD + r"与[\u4e00-\u9fff]{0,6}?阵线")  # 城市与气候变化问题|特使: an envoy's mandate of two fields
# A ministry's or agency's unit named by two fields joined by 与, after the body's name: 核与辐射安全中心, 语言与文字研究所
_FIELDS_UNIT = re.compile(r"(?<=[部局委厅署])(?P<first>[\u4e00-\u9fff]{1,4})与(?P<second>(?:(?![部局委厅署])[\u4e00-\u9fff]){1,8}?(?:中心|研究所|研究院))$")
_JOINT_COMMITTEE = re.compile(r"[\u4e00-\u9fff]{2,4}[和与][\u4e00-\u9fff]{2,4}委员会")
_NOT_DE = r"(?:(?!的|援引|引述|引用)[\u4e00-\u9fff])"  # a character of a body's field: 的 ends a clause before the body (研究理论与政策的|某大学);
# so does a medium's quoting verb (新闻与商业频道援引|某研究院总经理X)
_INTERNAL_AND = re.compile(rf"和{_NOT_DE}{{1,8}}?(局|厅|部|委员会|委|办|院|中心|署|领导小组)|与{_NOT_DE}{{1,10}}?(研究所|研究院|学院|大学|学|所|中心|委员会|部|局|署|党)|{_NOT_A_FIELD}与{_NOT_DE}{{1,10}}?阵线"
                           rf"|[和与]{_NOT_DE}{{2,4}}?政策(?=高级|$)|与{_NOT_DE}{{2,8}}?(?:问题|事务)$")  # 欧盟外交和安全政策|高级代表: a policy named by two fields


@dataclass(frozen=True)
class Title:
    """One title: ``text`` = ``org`` + ``role`` (org may be empty)."""

    text: str
    org: str
    role: str
    start: int
    end: int


@lru_cache(maxsize=1)
def any_role() -> re.Pattern[str]:
    return lexicons.guarded(lexicons.role_pattern())


@lru_cache(maxsize=1)
def role_re() -> re.Pattern[str]:
    return lexicons.guarded(lexicons.role_pattern() + "$")


def role_ends(text: str, i: int) -> bool:
    """Whether a role word ends right before ``text[i]`` (前总统|朴槿惠)."""
    return role_re().search(text, max(0, i - 8), i) is not None


def has_own_org(title: str) -> bool:
    """Whether a title names its own organisation or level (县长, 市财政局局长), so a
    prefix shared by a list must not be added to it."""
    t = split_title(title)
    return bool(t and (_LEVEL_ROLES.match(t.role) or (t.org and (t.org.startswith(ORG_START) or PLACE_LIKE.match(t.org)))))


def institution(org: str) -> str:
    """The shortest head of ``org`` that is itself an organisation: the prefix a list of
    titles shares (…高级人民法院审判委员会 -> …高级人民法院).

    >>> institution("新疆维吾尔自治区高级人民法院审判委员会")
    '新疆维吾尔自治区高级人民法院'
    """
    for i in range(2, len(org)):
        if org[:i].endswith(lexicons.org_suffixes()) and org_ok(org[:i]):
            return org[:i]
    return org


def split_list(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Spans of the items of a 、-separated list in ``text[s:e]``.

    >>> split_list("副院长、审判员", 0, 7)
    [(0, 3), (4, 7)]
    """
    out, start = [], s
    for i in range(s, e + 1):
        if i == e or text[i] == "、":
            if i > start:
                out.append((start, i))
            start = i + 1
    return out


# Where the words before a role start: a clause's edge, or the end of a word no body's name holds.
_CLAUSE_EDGE = "、，,：:。；;！？!?\n \u3000>（("
_UNREAD_BODY = re.compile(r"[“”\u4e00-\u9fff\d·]{2,20}")
# 1984年，以X为团长的…访问团: a group led in the past, its head then (not 2019年5月12日: a day of the story's own year);
# 曾以X为团长的…: "once", right before the 以
_LED_THEN = re.compile(r"\d{4}年(?!\d{1,2}月)|年前|当年|那年|上世纪|曾经?以$")


def led_long_ago(text: str, at: int) -> bool:
    """Whether the sentence before ``at`` (以X为团长的… there) tells a time of the past: the group's head then, no post now."""
    return bool(_LED_THEN.search(text, sentence_start(text, at), at))
EPITHETS = re.compile(r"英雄|最美|优秀|模范|功勋|传奇|王牌")  # 英雄|机长, 最美|船长: what the holder is praised as, no body
_PEOPLE = re.compile(r"记者|人士|民众|群众|网民|学者|观众|[他她我你]们?")  # 有记者质问|发言人X: people, no body


_ACCORDING_TO = ("另据", "又据", "而据", "但据", "据")  # "according to", alone or after an adverb of another source
_POINTING = "该这那其此本每各"  # 该党, 这位, 各部: words that point at a body open no body's name


def body_before(text: str, i: int) -> tuple[int, str] | None:
    """The words of an unread body before the role at ``text[i]`` (…掂了掂分量。“深海勇士”号载人潜水器|总设计师):
    back to the clause's edge or the last word no body holds (了, 的, a verb), a tenure word (新任)
    dropped; (where it starts, the body), the body "" when the words there are no name (too long, people).
    None when the role stands alone: a pronoun, a time word or an adverb opens the words (该党, 此前),
    a word of the clause ends them (感谢|总设计师, 会议选举|董事) or a known person's name does (习近平|特使)."""
    floor = max(0, i - 21)  # a body is at most 20 characters: look no further back
    lo = max(floor, max(text.rfind(c, floor, i) for c in _CLAUSE_EDGE) + 1)
    for m in ORG_BAD.finditer(text, lo, i):
        if m.group() != "会议":  # 阿曼协商会议|主席: a council's name, not a meeting
            lo = max(lo, m.end())
    if (told := next((w for w in _ACCORDING_TO if text.startswith(w, lo)), None)) is not None:
        lo += len(told)  # 据|报道网站创始人, 另据|伊军方发言人: according to, no part of the body (ORG_BAD's ^据 holds only at a string's start)
    if text.startswith(TENURE_END, lo):
        lo += 2
    body = text[lo:i]
    if not body:
        return i, ""
    if body[0] in _POINTING or lexicons.common_words().get(body[:2], "").startswith(("t", "r", "d")):
        return None  # 此前|总设计师, 今年以来|队长, 这位|总设计师, 该党|副主席: a time, a pronoun or an adverb opens no body's name
    cut = clause_words_end(body)
    if cut == len(body) or any(body[-k:] in lexicons.public_figures() for k in (2, 3, 4)):
        return None  # 网友致敬|总设计师, 会议选举|董事, 习近平|特使: the role's holder is the clause's object, or a person's envoy
    lo += cut
    body = body[cut:]
    return (lo, body) if _UNREAD_BODY.fullmatch(body) and not _PEOPLE.search(body) and not EPITHETS.fullmatch(body) else (i, "")


_CLAUSE_TAGS = ("p", "d", "t", "c", "r")  # with a frequent verb: words of a clause, never of a body's name


def clause_words_end(body: str) -> int:
    """Where the words of the clause end in ``body``: after its last frequent verb, preposition,
    adverb, time word, conjunction or pronoun (我们要学习|, 据报道|网站), 0 when none; a word after an
    organisation's or a place's name (世界卫生组织…防治, 欧委会科研创新) or inside quotes (“维基揭秘”) is the body's."""
    words = lexicons.common_words()
    cut, k, named, quoted = 0, 0, False, False
    while k < len(body):
        n = next((n for n in (4, 3, 2) if k + n <= len(body) and body[k : k + n] in words), 1)
        w = body[k : k + n]
        tag = words.get(w, "")
        quoted = (quoted or w == "“") and w != "”"
        if tag.startswith(("nt", "ns", "nz")) or w in lexicons.org_suffixes() or (tag[:1] in ("", "n") and w.endswith(lexicons.org_suffixes())) or lexicons.country_at(w):
            named = True
        elif not named and not quoted and tag and (tag.startswith(_CLAUSE_TAGS) or tag == "v" and lexicons.word_frequency(w) >= 200):
            cut = k + n
        k += n
    return cut


# 原 or 前 between a body and the unit or post it held (某局原|党组书记, 工务段原|段长, 金屏村原|党支部书记, 某日报原|常务副总编辑, 特区政府前|律政司司长):
# the title is a former post; 原 after ``unit`` covers the rest of its chain, 前 after ``body`` that title only.
# 原 before 县/市/州 is a place's part (固原市原州区) unless the party committee follows (某县原|县委副书记).
_FORMER_INSIDE = re.compile(r"(?P<unit>公司|集团|局|委|部|厅|院|大学|银行|室|办|会|所|站|段|中心|处|科|社|报|校|馆|司|署|府|村|镇|区|县|市|省|州)原(?![县市州](?!委))"
                            r"|(?P<body>政府|公司|集团|局|部|厅|院|大学|银行|署|司|组织|委员会)前(?!急救|线|沿|方|哨)(?=[\u4e00-\u9fff])")

# a village, town or school whose name 原 opens (闽宁镇原隆村, 洋青镇原古村, 镇原中学), not an office or body (某镇原党委)
_NAMED_FROM_FORMER = re.compile(r"原(?!党|纪|政府|人大|政协|[村居县市区镇乡]委|管委|办)(?:[\u4e00-\u9fff]{1,3}?(?:村|镇|乡|社区|街道)|[\u4e00-\u9fff]{0,3}?(?:中学|小学|学校|医院))(?![委长])")


def former_inside(org: str, role: str = "") -> re.Match[str] | None:
    """The first 原 or 前 inside ``org`` (whose title ends in ``role``) that marks a former post: a role
    right after it (国防部前|部长), else no word or place that runs across it (中国银行|前海分行,
    东城区政府|前门街道, 某集团|原油公司 are no former posts)."""
    for m in _FORMER_INSIDE.finditer(org):
        pair = org[m.end() - 1 : m.end() + 1]
        if m["unit"] and org[m.end() - 2 : m.end()] in lexicons.places() and org[m.end() : m.end() + 1] in ("县", "市", "州", "区", ""):
            continue  # 庆阳市镇原|县委: a place's name (镇原县) ends in 原, no former post (but 某镇原|党委: the town's former post)
        if m["unit"] and _NAMED_FROM_FORMER.match(org, m.end() - 1):
            continue  # 闽宁镇|原隆村, 洋青镇|原古村, 镇原|中学: a place or unit whose name opens on 原, no former post
        if pair == "前任" or any_role().match(org + role, m.end()) or (pair not in lexicons.common_words() and pair not in lexicons.places()):
            return m
    return None


def is_bare_role(title: Title) -> bool:
    """A role with no organisation or level of its own (副主席, but not 副市长)."""
    return not title.org and not _LEVEL_ROLES.match(title.role)


TERM = r"(?:[一二三四五六七八九十]+|\d{1,3})届"  # 二十四届, 24届: a body's term or an event's edition, counted
EDITION_OPENS = re.compile("第" + TERM)  # 第24届|冬奥会工作领导小组: an edition opening a body's name
_TERM_OF_NATIONAL = re.compile(TERM + "(?=全国)")  # 十三届|全国政协…: a term, 第 left out, before a national body


# A party's or front's name joined to another by one dash (非洲民族联盟—爱国阵线, 人民联盟—彩虹联盟).
_PARTY_DASH = re.compile(r"(?:(?<=联盟)|(?<=阵线)|(?<=运动)|(?<=党))—(?=[\u4e00-\u9fff])")
# National bodies that open a title of their own right after a role (委员会双方主席|国务院副总理): org_ok and
# parse_title look for roles before them only where one is written (org_ok's 和|全国 rule is the same idea after 和).
_NATIONAL_BODIES = ("国务院", "全国人大", "全国政协", "中共中央")
# …and the bodies that open a second title right after a role, the Party centre's own departments too
# (政治局委员|中央政法委书记: two titles written without 、).
_OPEN_AFTER_ROLE = (*_NATIONAL_BODIES, "中央")


_PARTY_GROUP_HOUSES = (*lexicons.FOREIGN_HOUSES, "联邦议院", "联邦参议院")
_PARTY_GROUP = re.compile(r"[^\W\d_和及与、]{1,8}?党(?:议会)?党团")  # a party's group in a house (联盟党党团, 社民党议会党团); one party's (not 联盟党和社民党党团)


# A profession written before the body where one works (哲学教育家|北京大学教授, 科学家|中国科学院院士): who the holder is,
# no part of the body's name (中国作家协会, 企业家协会: the profession names the body when no place or state follows).
_PROFESSION = re.compile(r"(?:学|史|教育|艺术|作|企业|书法|画|音乐|评论|政治|军事|外交|革命|慈善|实业|发明|翻译|表演|设计|思想|理论)家")
_NATIONAL_OPENS = ("中国", "中共", "中央", "全国", "国家", "国务院")
_SCHOOL_NAMED = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:大学|学院|科学院|研究院|研究所|医院|中学|小学)")  # 清华大学, 某某研究所: a body named whole


# One body named by a kind of body and "those like it" (经济社会理事会和类似组织国际协会, 某某委员会和类似机构联盟).
_AND_SIMILAR = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:理事会|委员会|组织|机构)[和与]类似(?:组织|机构)[\u4e00-\u9fff]{0,8}(?:协会|联盟|联合会|论坛|网络)")


def profession_end(text: str, lo: int, hi: int) -> int:
    """Where the body after the last profession word in ``text[lo:hi]`` opens (教育家|北京大学), when a place,
    a state, a national body's first word or a school's or institute's name follows it; -1 when none does."""
    at = -1
    for m in _PROFESSION.finditer(text, lo, hi):
        if m.end() < hi and (lexicons.place_prefix(text[m.end() : hi]) or lexicons.country_at(text[m.end() : hi]) or text.startswith(_NATIONAL_OPENS, m.end())
                                 or _SCHOOL_NAMED.match(text, m.end(), hi)):
            at = m.end()
    return at


# Compass words, not a state's abbreviation before 方 (西方: "the West", 南方: the south): 西方代表团 is no one state's side.
_COMPASS_SIDES = frozenset({"东方", "西方", "南方", "北方"})


@lru_cache(maxsize=1 << 16)
def org_ok(org: str) -> bool:
    """Whether ``org`` can be the organisation part of a title (市委, 县委组织部, 某某集团); cached:
    the same few thousand bodies are asked about at every title."""
    if not org:
        return True
    if SESSION_PRESIDIUM.fullmatch(org):
        return True  # 十二届全国人大三次会议主席团|常务主席: the presidium of one session, named with it (its 会议 is no clause)
    if len(org) == 1:
        return org in STATE_ONE  # 叙|总统, 俄|外长: a state by its abbreviation; any other single character is none
    if org in _countries() or org == "大会" or org in lexicons.international_orgs() or org in lexicons.FOREIGN_PARTIES or org in lexicons.ARMED_GROUPS or org in _known_bodies():
        return True  # 埃及: the 及 of a country is no conjunction; 大会|执行主席, the session's own; 世界经济论坛|主席; 法塔赫|主席; 银监会|主席
    if (board := _BOARD_OF_INTERNATIONAL.fullmatch(org)) and (board["body"] in lexicons.international_orgs() or board["body"] in _known_bodies() or (
            board["body"].endswith(_UNION_SUFFIXES) and org_ok(board["body"]))):
        return True  # 博鳌亚洲论坛理事会|理事长, 欧亚经济委员会最高理事会|举行会议: the board of a body named whole, known or well formed
    if _PARTY_DASH.search(org) and org.count("—") == 1 and lexicons.country_at(org):
        return org_ok(org.replace("—", "-"))  # 津巴布韦非洲民族联盟—爱国阵线|主席: a state's party named by two, joined as by a hyphen
    if org.startswith("大") and (state := lexicons.country_at(org, 1)) and _GREATER_PARTY.fullmatch(org, 1 + len(state)):
        return org_ok(org[1:])  # 大印尼运动党|总主席: a party of the greater state, read as the state's party
    if org.endswith("方") and org[-2] in STATE_ABBR | {"外"} and org[:-2].endswith(("委员会", "理事会", "机制", "磋商")) and (
            len(org) > 6 or org[:-2] in ("委员会", "理事会")):
        return org_ok(org[:-2])  # 中俄能源合作委员会中方|主席, …委员会俄方主席: one side's chair of a joint body (named before: 委员会俄方)
    if len(org) == 5 and org[0] in _STATE_SIDE_ABBR and org[1:] == "方代表团" and org[:2] not in _COMPASS_SIDES:
        return True  # 日方代表团|团长, 美方代表团, 马方代表团: one state's side's delegation to talks (as 中方代表团)
    if (house := next((h for h in _PARTY_GROUP_HOUSES if org.startswith(h)), None)) and _PARTY_GROUP.fullmatch(org, len(house)):
        return True  # 联邦议院|联盟党党团主席: a party's group in a house of parliament, the house named whole
    if org.startswith("党党") or org == "党团":
        return False  # 社民|党党团主席, 社民党|党团主席: a cut inside or after the party's name, whose group the title is
    if len(org) > 2 and org[0] in STATE_ONE and org[1] == "驻":
        return org_ok(org[1:])  # 美|驻俄大使: the sending state by its abbreviation before its mission
    if org.startswith("常驻") and (body := org[2:]).startswith(lexicons.international_orgs() + lexicons.countries()):
        return org_ok(body)  # 常驻|世界贸易组织代表: a permanent mission to the body or state named after it
    if len(org) > 3 and org.endswith("原") and (m := former_inside(org)) and m.end() == len(org) and org_ok(org[:-1]):
        return True  # 政法委原|书记: a body the grammar takes alone, then 原 before its former post
    if org.startswith(("原", "时任", "前任")) and not lexicons.place_prefix(org):
        return False  # 原市委书记: the former title starts after 原
    if (m := _DESCRIBED_BODY.search(org)) and len(org) - m.end() >= 2:
        return False  # 内地首家中外合资企业|某某有限公司: a description, then the body's own name, where the title starts
    if org.startswith("应") and not org.startswith(("应急", "应用")):
        return False  # 应|国务院总理李克强邀请: the preposition opens no organisation
    if org.startswith("而") and org[:2] not in lexicons.common_words():
        return False  # …承诺还会再来，而|农业部部长韩长赋: the conjunction opens no organisation
    if org.startswith("前") and org[:2] not in lexicons.common_words():
        return False  # 前内政部长: a former post, the title starts after 前 (not 前线指挥部)
    if _AND_SIMILAR.fullmatch(org):
        return True  # 经济社会理事会和类似组织国际协会: one body named by a kind and those like it, its 和 inside the name
    if org.startswith("类似"):
        return False  # …理事会和|类似组织国际协会: "similar" opens no body's name, the one before 和 is cut off
    if profession_end(org, 0, len(org)) > 0:
        return False  # 哲学教育家|北京大学: the profession of the holder, the body opens after it
    if org.endswith("人士"):
        return False  # 无党派人士: a category of people, not a body with posts
    if len(org) > 4 and org.endswith(TENURE_END):
        body = org[:-2]  # 世界贸易组织新任|总干事: when the post began, inside the title (posts drops it)
        return org_ok(body) and bool(body.startswith(ORG_START + lexicons.countries() + lexicons.international_orgs()) or lexicons.place_prefix(body) or _whole_re().match(body))
        # (写给美疾控中心现任|主任: a body read only by its suffix may open with a verb)
    if re.fullmatch(r"第[一二三四五六七八九十\d]+届[\u4e00-\u9fff]{0,4}(?:委员会|理事会)", org):
        return False  # “中宗和”|第四届委员会: a term of a body whose name stands before it
    if (m := EDITION_OPENS.match(org) or _TERM_OF_NATIONAL.match(org)) and len(org) - m.end() >= 4:
        return org_ok(org[m.end():])  # 第24届|冬奥会工作领导小组, 第八届|全国人民代表大会常务委员会, 十三届|全国政协民族和宗教委员会: an edition or a term opens the body
    if (i := org.find("和")) > 0 and any_role().search(org, 0, i):
        return False  # 自民党总裁安倍晋三和公明党: two titles and a name, not one body
    whole = m.group() if (m := _whole_end_re().search(org)) else None  # the leftmost match is the longest
    if whole is not None:
        return len(org) == len(whole) or org_ok(org[: -len(whole)])  # 民革中央, 古巴部长会议
    if not _TASK_GROUP.fullmatch(org) and any(_conjunction(org, m.start()) and _place_body_at(org, m.start() + 1) for m in re.finditer("[和与]", org)):
        return False  # 石泰峰和|四川省委: the conjunction after a name, then a place's own body (not 推进…和雄安新区建设领导小组)
    place = next((k for k in (4, 3, 2) if org[:k] in lexicons.places()), 0)
    place = place or len(lexicons.country_at(org))  # 埃及|驻华: no conjunction
    place = next((m.start() for m in _whole_re().finditer(org) if m.start() < place < m.end()), place)  # 俄罗斯|联邦会议: a whole name is never cut
    stripped = _INTERNAL_AND.sub("", _AND_WORDS.sub("", _BRAND_AND.sub("", org[place:])))  # 农业和畜牧业部 (split_title adds the 部 of 部长); 上海 is not 会上
    stripped = _whole_re().sub("", stripped)  # 朝鲜最高人民会议|常任委员会: a whole name holds no bad word
    if re.search(r"[和与](?:全国|国务院|中共)", org[place:]):
        return False  # 张德江和|全国人大常委会: a national body after 和 opens a title of its own
    if any(b in org for b in _OPEN_AFTER_ROLE) and any(org.startswith(_OPEN_AFTER_ROLE, m.end()) for m in any_role().finditer(org)):
        return False  # 委员会双方主席|国务院副总理, 政治局委员|中央政法委: a national body after a role opens a title of its own
    if (task := _TASK_GROUP.fullmatch(org)) and "和" in org and not any_role().search(org):
        return not task["body"] or task["body"] in _LEVELS or org_ok(task["body"])  # 省|推进…, 国务院推进政府职能转变和“放管服”改革协调小组: the task's 和 is inside the name
    if "和" in stripped or "与" in stripped or ORG_BAD.search(stripped):
        return False
    if org.endswith("领导小组办公室") and len(org) > 7:
        return org_ok(org[:-3])  # 京津冀协同发展领导小组|办公室主任: a leading group's office, read as the group is
    if _TASK_GROUP.fullmatch(org):
        return not any_role().search(org)  # 推动长江经济带发展领导小组|组长: a leading group named by its task, longer than a body read by its suffix
    if (m := re.search(r"(理论学习)?中心组$", org)) and m.start() > 0:
        return org_ok(org[: m.start()])  # 北岭能源集团党委理论学习中心组
    if org.startswith("团") and not re.match(r"团(?:中央|[省市县区]?委)", org):
        return False  # 交流团|广泛接触议员: 团 opens only the Youth League's own bodies
    if org.startswith(ORG_START + lexicons.countries()) or ENTERPRISE.search(org) or PLACE_LIKE.match(org):
        return True
    if (party := party_committee(org)) is not None:
        return org_ok(org[len(party) :])  # 民革北京市委会|主委, 九三学社江苏省委|主委: a national party's committee of a province or city
    if (place := lexicons.place_prefix(org)) is not None:
        k = next(k for k in (4, 3, 2) if org[:k] in lexicons.places())
        return not (k == 2 and org[:2] == place.short and _common_word(org[1:3], 1000))  # 卫生法|和政策项目: 和政 (和政县) cut from 政策
    if _JOINT_COMMITTEE.fullmatch(org) and not org.startswith(KIN_NOUNS):
        return True  # 民族和宗教委员会: a committee named by two fields (not 儿子和|安全委员会: kin, then a body)
    if FOREIGN_STATE.fullmatch(org) or org in _US_STATE_SHORT:
        return True  # 阿拉斯加州|州长: a state of a federation, its name transliterated (加州|总检察长: or cut short)
    if (m := _STATE_PARTY.fullmatch(org)) and FOREIGN_STATE.fullmatch(m["state"]):
        return True  # 伊利诺伊州共和党|联邦众议员: a member of Congress by his state and party, the state too long for PLACE_LIKE
    if _LONG_CITY.fullmatch(org) and lexicons.common_words().get(org[:-1], "").startswith("ns"):
        return True  # 蒙特利尔市|市长: a city whose name (a place of the dictionary) is too long for PLACE_LIKE
    if (w := _whole_re().match(org)) and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", org[w.end():]) and not org.startswith("第", w.end()) and org.endswith(lexicons.org_suffixes()):
        return True  # 伦敦金融城|政策与资源委员会: a committee of a body named whole (its 与 was read above)
    if (m := _FIELDS_UNIT.search(org)) and m.start() >= 3 and _one_field(m["first"], m["second"]) and org_ok(org[: m.start()]) and org_ok(org[: m.start()] + m["second"]):
        return True  # 环境保护部|核与辐射安全中心: a ministry's centre named by two fields, whole as without the first
    if "和" in org or "与" in org:
        return False  # 巢文博和党委, 内政部长库莫罗和财政部: a free-standing unit name does not join with 和
    if org.startswith(REGIONS) and org.endswith(lexicons.org_suffixes() + _REGION_BODIES):
        return len(org) <= 14  # 非洲经社理事会联盟|主席, 亚太经合组织: a body of a continent or region, like a country's
    if _AGENCY_BUREAU.fullmatch(org):
        return True  # 路透社英国分社|社长: the bureau of a news agency (社 is no suffix of ours alone)
    if len(org) > 12 and (m := _BOARD_OF.fullmatch(org)):
        return org_ok(m["inst"])  # 清华大学经济管理学院|顾问委员会, 华盛顿布鲁金斯研究院|理事会: the board of a body it names whole
    return org.endswith(lexicons.org_suffixes()) and len(org) <= 12


def names_body(org: str, ends: tuple[str, ...] = ()) -> bool:
    """Whether ``org`` names a body on its own: a known one (an international body or foreign party too), or one
    ``org_ok`` takes that ends as bodies do (or in ``ends``); never a bare suffix (委员会)."""
    if org in lexicons.organizations() or org in lexicons.international_orgs() or org in lexicons.FOREIGN_PARTIES:
        return True
    return org not in lexicons.org_suffixes() and org_ok(org) and (org.endswith(lexicons.org_suffixes()) or org.endswith(ends))  # no tuple built per call


# A national session (十二届全国人大三次会议, 全国政协十三届二次会议, 第十三届全国人民代表大会第一次会议) and its
# presidium: one body's name, whose 会议 opens no clause (the golds keep it whole: 十二届全国人大三次会议主席团常务主席).
_NUMERAL_RUN = "[一二三四五六七八九十]{1,3}"
SESSION = (rf"(?:第?{_NUMERAL_RUN}届全国(?:人大|人民代表大会)|(?:全国)?政协(?:第?{_NUMERAL_RUN}届全国委员会|第?{_NUMERAL_RUN}届))"
           rf"第?{_NUMERAL_RUN}次(?:全体)?会议")
SESSION_PRESIDIUM = re.compile(SESSION + "主席团")


# A leading group named by the task it drives, its verb the name's own (推动长江经济带发展领导小组, 推进海南全面深化
# 改革开放领导小组, 推进“一带一路”建设工作领导小组), and its office.
_TASK_GROUP = re.compile(r"(?P<body>国务院|中央|[省市县区](?:委|政府)?)?(?:推动|推进|促进)(?:[\u4e00-\u9fff]|“[\u4e00-\u9fff]{1,8}”){2,20}(?:领导|协调)小组(?:办公室)?")


_HEADED_KINDS = frozenset({"department", "association", "international", "enterprise"})


@lru_cache(maxsize=1)
def _known_bodies() -> frozenset[str]:
    """The lexicon's written forms of departments, associations, international bodies and firms (银监会,
    美联储, 贸促会, 中石化): bodies with heads, however short their name and whatever suffix it lacks."""
    return frozenset(f for f, e in lexicons.organizations().items() if e.kind in _HEADED_KINDS)


@lru_cache(maxsize=1)
def national_parties() -> tuple[str, ...]:
    """The written forms of the national parties (中共, 民革, 九三学社, 中国民主同盟 …), longest first:
    their committees of a province or city are named by the party, then the place."""
    orgs = lexicons.organizations()
    return tuple(sorted((f for f, e in orgs.items() if e.kind == "party" and e.level == "national" and e.parent is None), key=lambda f: (-len(f), f)))


@lru_cache(maxsize=1)
def _national_party_re() -> re.Pattern[str]:
    """The national parties as one trie, the longest first: matched once per name, not scanned twice."""
    return re.compile(lexicons.alternation(national_parties()))


def party_committee(org: str) -> str | None:
    """The national party (not the CPC) whose committee of a province or city ``org`` names (民革|北京市委会,
    九三学社|江苏省委): one body of that party, never the CPC's 北京市委; None for any other name."""
    m = _national_party_re().match(org)
    if m is None or m.group() in ("中共", "中国共产党") or not PLACE_LIKE.match(org[m.end() :]):
        return None
    return m.group()


# A federal state by a transliterated name too long for PLACE_LIKE (阿拉斯加州, 加利福尼亚州).
FOREIGN_STATE = re.compile(r"[\u4e00-\u9fff]{4,5}州")
# A federal state's wing of a US party, then 联邦 of a member of Congress (伊利诺伊州民主党联邦|参议员).
_STATE_PARTY = re.compile(r"(?P<state>[\u4e00-\u9fff]{4,5}州)(?:共和党|民主党)(?:联邦)?")
# US states the news names by one character and 州 (California, Texas, Florida; 德州 is a place of ours).
_US_STATE_SHORT = frozenset({"加州", "得州", "佛州"})
# A city by a name of four or five characters, too long for PLACE_LIKE (蒙特利尔市, 圣彼得堡市).
_LONG_CITY = re.compile(r"[\u4e00-\u9fff]{4,5}市")
# The board of an institution, named after it: longer than a body read by its suffix alone may be.
_BOARD_OF = re.compile(r"(?P<inst>[\u4e00-\u9fff]{2,14}(?:大学|学院|研究院|研究所|集团|公司|银行|基金会|学会|协会))(?:顾问|学术|专家|执行)?(?:委员会|理事会|董事会|监事会)")


# The board or secretariat of a body, named after it (博鳌亚洲论坛|理事会).
_BOARD_OF_INTERNATIONAL = re.compile(r"(?P<body>[\u4e00-\u9fff]{2,14}?)(?:最高)?(?:理事会|董事会|秘书处)")
_UNION_SUFFIXES = ("委员会", "联盟", "组织", "共同体")  # bodies of states whose board sits apart (欧亚经济委员会|最高理事会)


# Continents and regions that open a body's name as a country does (非洲经社理事会联盟主席), and the
# words such a body ends with beyond the common suffixes.
REGIONS = ("非洲", "亚洲", "欧洲", "美洲", "拉美", "拉丁美洲", "大洋洲", "亚太", "中东", "阿拉伯")
_REGION_BODIES = ("理事会", "联盟", "共同体", "论坛")
# Smaller regions that name a body as a continent does (欧亚经济委员会, 北极理事会; kg.nlp reads these bodies, no title's
# body opens with them), and regions that stand beside them as a list's items (北美、中美和|加勒比: no body of 加勒比)
BODY_REGIONS = (*REGIONS, "欧亚", "北欧", "东亚", "东南亚", "中亚", "北极", "南极", "加勒比")
LIST_REGIONS = (*BODY_REGIONS, "北美", "中美", "南美")
# The endings of a body named after its region alone (kg.nlp): the region bodies' and the unions' (共同体 only of an
# economy or of states; no 论坛, 组织) and a few more
REGION_BODY_ENDS = tuple(e for e in dict.fromkeys((*_REGION_BODIES, *_UNION_SUFFIXES, "联合会", "法院", "疾控中心")) if e not in ("论坛", "组织"))


TENURE_END = ("新任", "现任")  # words of when a post began, inside a title (posts.py drops them)
# Words that say when a post began, not which post: 英国新任首相 holds the post 英国首相, 委内瑞拉现任国民议会主席
# the body 委内瑞拉国民议会 (but 候任总统 does not hold it yet: no post).
TENURE = (*TENURE_END, "新当选", "当选连任", "连任")
TENURE_IN = re.compile("|".join(TENURE))


_UNIT_HEADS = frozenset({"部长", "副部长", "局长", "副局长", "厅长", "副厅长"})


def head_unit(role: str) -> str | None:
    """The unit a head's role ends with (外交部长: 部, the body is 外交部; 副局长: 局), else None."""
    return role[-2] if role in _UNIT_HEADS else None

# Groups whose members hold a post (领导小组, 专家咨询组, 中央巡视组), not a crew (机组, 班组).
_MEMBER_GROUPS = ("小组", "专家组", "咨询组", "工作组", "巡视组", "督导组", "督查组", "督察组", "调查组", "指导组", "检查组", "评审组", "考察组", "筹备组")
# A body pointed back to or left generic (该公司, 涉事公司, 某企业, 一家企业, 各地, 市县党委, a bare or one-character
# 公司 such as 事公司 cut from 涉事公司): for the roles any body has (负责人, 主要负责人, 法定代表人) it names no organisation.
_VAGUE_BODY = re.compile(r"(?:该|涉事|某|这家|一家|各|有关|相关)|(?:[省市县区乡镇]{2,4}党委|党委|[\u4e00-\u9fff]?(?:公司|企业|集团|单位|部门))$")
# Roles that are a title only with the body they belong to (and, where given, a body of that
# kind): 俄罗斯安全会议秘书 (never a bare 秘书), 中央宣讲团成员, 国家电网有限公司法定代表人, 市委主要负责人, 工党领袖, 伊朗最高领袖, 中国工程院院士, 代表团团长, 公明党党首 — never 机组|成员, 人民领袖, a bare 院士 or 党首.
_NEEDS_BODY = {"成员": _MEMBER_GROUPS + ("宣讲团", "委员会"), "团长": ("团",), "副团长": ("团",), "党首": ("党",), "领袖": ("党", "最高"), "院士": ("院",), "指挥官": ("",), "负责人": ("",), "主要负责人": ("",), "法定代表人": ("",), "秘书": ("安全会议", "安全委员会")}


def split_title(text: str, start: int = 0) -> Title | None:
    """Split a whole title into organisation and role; None if ``text`` is not a title.

    >>> split_title("市新冠肺炎疫情防控工作领导小组组长").org
    '市新冠肺炎疫情防控工作领导小组'
    >>> split_title("召开会议") is None
    True
    """
    parts = _split_title(text)
    if parts is None:
        return None
    k, org, role = parts
    return Title(text[k:], org, role, start + k, start + len(text))


@lru_cache(maxsize=1 << 16)
def _split_title(text: str) -> tuple[int, str, str] | None:
    """``split_title`` without positions: (where the title starts in ``text``, organisation, role);
    cached, since the same titles are split again at every mention."""
    m = role_re().search(text)
    if not m:
        return None
    org = text[: m.start()]
    role = m.group()
    if role.endswith("机长") and org.endswith("司") and not org.endswith("公司"):
        return None  # 机车组司机长: a train's driver, no captain of a 机车组司
    if org.endswith("女") and not org.endswith("妇女"):
        return None  # 村女|支书, 女|书记: the holder's sex, no part of the title (but 妇女主任)
    if org.endswith("第一") and not re.search(r"[一二三四五六七八九十百\d]$", org[:-2]):
        org, role = org[:-2], "第一" + role  # 国防委员会|第一委员长, 俄罗斯|第一副总理: the rank is the role's, not the body's
    if role in _NEEDS_BODY and not (org and org.endswith(_NEEDS_BODY[role])):
        return None
    if _NEEDS_BODY.get(role) == ("",) and _VAGUE_BODY.match(org):
        return None  # 该公司|法定代表人, 市县党委|主要负责人: a role held in a body the story names no further
    if role == "代表" and _PARTY_CONGRESS.fullmatch(org):
        return 0, org, role  # 十九大代表X: a delegate to the Party's national congress, named by its number
    if (org in _INTERIM or (org[:2] in _INTERIM and org[2:] == "内阁")) and role in _INTERIM_HEADS:
        return 0, org, role  # 临时总理, 看守总统, 看守内阁总理: a head who holds the post until another is chosen, no body before it
    if org == "村" and role in _VILLAGE_ROLES:
        return 0, org, role  # 村支书X, 村主任X: the head of the village the story is about, named by its level
    if role in _PARTY_HEADS and _party_named(org):
        return 0, org, role  # 统一党领袖: a role held only in a party vouches that the words before it name one
    if not org_ok(org) and not ((unit := head_unit(role)) and org and org_ok(org + unit)) and not _town_of_head(org, role):  # 外交部长
        return None
    if role == "代表" and (not org or (org in lexicons.places() and org not in _countries())):
        return None  # a bare 代表 is the verb "represent"; 凉山代表 a deputy's label, not a post
    if role == "代表" and org.endswith(_TAKES_A_VERB):
        return None  # 国务院拒绝|代表X就此回应: after a verb or modal that takes a verb, 代表 is "speak for"
    if role in _COUNTRY_ONLY_ROLES and org not in _countries():
        return None  # 泰国公主诗琳通, but not 诗琳通公主、总理巴育 nor 国王代表、公主X: a royal title only with its state
    if _crosses_country(org) or (len(org) >= 4 and _two_roles(org)):
        return None
    if (k := org.find("成员") + 2) > 1 and k < len(org) and split_title(org[k:] + role) is not None:
        return None  # 宣讲团成员|陆军某学院政治委员: two titles without a separator
    country = lexicons.country_at(org) if not org.startswith("中国") else ""
    if country and org.startswith(lexicons.international_orgs(), len(country)):
        return len(country), org[len(country):], role  # 伊朗|国际原子能机构总干事: an international body has no country before it
    return 0, org, role


# A town or township by a name of two or three characters the place lexicon lacks, before its own head (洋坪镇|镇长)
_TOWN = re.compile(r"[\u4e00-\u9fff]{2,3}(?P<level>[镇乡])")
_TOWN_HEADS = {"镇": ("镇长", "副镇长"), "乡": ("乡长", "副乡长")}


def _town_of_head(org: str, role: str) -> bool:
    """Whether ``org`` names a town whose head ``role`` is (洋坪镇|镇长, 某某乡|副乡长): the role repeats the level, so
    the name before it is the town's; never a word of the dictionary (小镇, 城乡, 该镇) nor a clause (ORG_BAD)."""
    m = _TOWN.fullmatch(org)
    return bool(m and role in _TOWN_HEADS[m["level"]] and org[-2:] not in lexicons.common_words() and org[:2] not in lexicons.common_words()
                and org[0] not in "和与及同跟并" and not ORG_BAD.search(org))  # (县长X和|桃坳镇镇长: a conjunction joins a second holder)


_MEMBER = re.compile("成员|责任人|当事人")  # 相关责任人|某中心主任: those the story holds to account are people, no body of the title
_VILLAGE_ROLES = frozenset({"支书", "书记", "副书记", "第一书记", "主任", "副主任"})  # a village's heads, written after 村 alone
_INTERIM = frozenset({"临时", "看守", "过渡"})  # a head in office until another is chosen (临时总理, 看守总统)
_INTERIM_HEADS = frozenset({"总理", "总统", "首相", "副总理"})
# A description of a body by its rank or part before its own name (内地首家中外合资企业|某某有限公司, 全球第二大
# 矿业公司|某某集团, 涉事企业|某某公司, 最大的民营企业之一|华为公司, 最大的中心城市|广州市): the kind of body it
# is, no part of the name the title names (中心 not of 中心城市, whose kind is 城市).
HOUSE_SPEAKERS = frozenset({"上议长", "下议长"})  # a speaker named by his house (马来西亚上议长)
_PARTY_HEADS = frozenset({"领袖", "党首"})  # roles held only in a party (_NEEDS_BODY asks for its 党)
_PARTY_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}党")


def _party_named(org: str) -> bool:
    """Whether ``org`` names one party the grammar cannot read otherwise (统一党, 进步党): no generic one (执政党,
    共产党), none pointed at or counted (该党, 两党), none after a verb (阻止|工党), no other party inside (在野|党社民党),
    no shorter body it ends with (对于|日本公明党: read from there), no kind of party (极右翼政党, 议会第一大党, 许多小党)
    and no two joined (总统和|团结党)."""
    return bool(_PARTY_NAME.fullmatch(org)) and one_party(org) and "党" not in org[:-1] and not (ORG_BAD.search(org)
        or lexicons.common_words().get(org[:2], "") == "v" or any(org_ok(org[k:]) for k in range(1, len(org) - 1)))


def one_party(org: str) -> bool:
    """Whether a word ending in 党 may name one party (shared by ``_party_named`` and ``_party_clause``): no generic
    one (执政党, 共产党), none pointed at (该党, 各党) nor counted (两党), no kind of party (中左翼政党) nor two joined."""
    return org not in _GENERIC_PARTIES and org[0] not in _POINTING and not (
        re.fullmatch(r"(?:朝野|执政|在野)?(?:" + COUNT + r"|[两多众])党", org) or _PARTY_KIND.search(org))


# What describes a kind of party, not one party's name: its class (极右翼政党, 许多小党, 议会最大党, 少数党), a rank or count
# (第一大党, 主要政党; 国大党 is one party's name), or a conjunction joining it to what precedes (总统和团结党, 宗教和政党) — 共和党, 和平党 keep their 和.
_PARTY_KIND = re.compile(r"(?:[政小]|(?<!国)大|多数|少数)党$|最|第" + COUNT + r"|主要|许多|一些|多个|若干|部分|(?<!共)和(?![平解谐])|[与及]")
def _inside_word(text: str, i: int, lo: int) -> bool:
    """Whether a word of three or four characters runs across ``i`` (反对派 across 反对|派) within ``text[lo:]``; two
    characters tell nothing (派团 across 反对派|团结党)."""
    words = lexicons.common_words()
    return any(text[a:b] in words for a in range(max(lo, i - 3), i) for b in range(max(i + 1, a + 3), min(len(text), a + 4) + 1))


_DESCRIBED_BODY = re.compile(r"(?:首家|第一家|唯一一家|(?:第[二三四五六七八九十]|最)大的?|涉事)[\u4e00-\u9fff\d]{0,10}?(?:企业|公司|银行|集团|机构|医院|中心(?!城市)|城市)(?:之一)?")
_HEADS_BY = re.compile(r"[^，,。；;：:！？!?\n]{1,40}?(?:为|任)(?:首|副?(?:团长|组长|队长|领队|主席|会长))的")  # 以<title><name>|为团长的 (任组长的): who heads a group
_BY_FORMER = re.compile(r"以(?=原|前任|时任|已故)")  # 以 as "taking" before a former holder's title, never inside a body's name


def head_by(text: str, start: int, end: int, after: int) -> int:
    """Where in ``start``..``end`` the 以 of a group's head stands (派出以|外交部副部长X任团长的, 以|市委书记X为组长的: the
    head's clause goes on at ``after``), or -1; it opens no body or title (以色列 is a state)."""
    if not _HEADS_BY.match(text, after):
        return -1
    k = text.rfind("以", start, end)
    while k >= 0 and k + 3 <= end and text.startswith("色列", k + 1):
        k = text.rfind("以", start, k)
    return k


def parse_title(text: str, start: int, end: int) -> Title | None:
    """The longest title that ends exactly at ``end`` within ``text[start:end]``.

    It starts after the last word that cannot be inside a title (听取, 陪同 ...).
    """
    role = role_re().search(text[start:end])
    if role is None:
        return None
    lo = start
    edges = {lo}  # where a title may start: the span's start, or right after a word that ends one
    words = set()  # the ends of cuts of three characters or more the dictionary tags a verb (离不开, 离不了; not 少不了, 多亏): no place runs across them (离不开|原: 开原 is a city)
    countries = [m.span() for m in lexicons.country_re(**_COUNTRY_SCAN).finditer(text, start, start + role.start())]
    joined = [m.start() for m in _JOINED_UNIT.finditer(text, start, end)]  # 贸易|与|工业部
    wholes = [m.span() for m in _whole_re().finditer(text, start, start + role.start())]
    wholes += [m.span() for m in SESSION_PRESIDIUM.finditer(text, start, end)]
    for bad in ORG_BAD.finditer(text, start, start + role.start()):
        if bad.start() in joined or any(a <= bad.start() and bad.end() <= b for a, b in wholes):
            continue  # 南非贸易与工业部: the 与 joins two fields inside one body; 人民代表大会 is one name
        if not any(a <= bad.start() < b for a, b in countries):  # 埃及: no conjunction inside a country
            start = max(start, bad.end())
            edges.add(bad.end())
            if len(bad.group()) >= 3 and lexicons.common_words().get(bad.group(), "").startswith("v"):
                words.add(bad.end())
    if start > lo and text[start - 1] in "们您" and (cut := clause_words_end(text[start : lo + role.start()])):
        start += cut  # 我们来认识|中国科学院院士: the words of the pronoun's predicate open no body (not after 我: 我国|常驻…代表)
        edges.add(start)
    if (k := head_by(text, start, lo + role.start(), end)) >= 0 and not any(a <= k < b for a, b in countries):
        start = k + 1  # 会见以|民政部副部长X为团长的…: the preposition of the group's head opens no body (以色列 stays)
        edges.add(start)
    for k in (m.end() for m in _BY_FORMER.finditer(text, start, lo + role.start())):
        start = k  # 以|原某军区后勤部长X的事迹为素材: the preposition before a former post opens no body (posts reads 原 then)
        edges.add(start)
    for held in any_role().finditer(text, start, lo + role.start()) if any(text.find(b, start, lo + role.start()) >= 0 for b in _OPEN_AFTER_ROLE) else ():
        if text.startswith(_OPEN_AFTER_ROLE, held.end()):
            start = held.end()  # 委员会双方主席|国务院副总理, 政治局委员|中央政法委书记: two titles without a separator, the last one is read
            edges.add(start)
    for m in _DESCRIBED_BODY.finditer(text, lo, lo + role.start()):
        if lo + role.start() - m.end() >= 2 and m.end() > start:
            start = m.end()  # 内地首家中外合资企业|某某有限公司董事长: the body's own name follows its description
            edges.add(start)
    if (k := profession_end(text, start, lo + role.start())) > start:
        start = k  # 哲学教育家|北京大学教授: the holder's profession opens no body
        edges.add(start)
    for member in _MEMBER.finditer(text, start, lo + role.start()):
        start = member.end()  # 宣讲团成员|陆军某学院政治委员: a membership ends its title, the next one starts
        edges.add(start)
    if any(text.endswith(side, lo, start) for side in PARTY_SIDES) and (r := role_re().search(text[start:end])) and r.end() == end - start and (
            _PARTY.fullmatch(text, start, start + r.start()) and not ORG_BAD.search(text, start, start + r.start())):
        return Title(text[start:end], text[start : start + r.start()], r.group(), start, end)  # 执政党|进步党主席: the side vouches that a party is named after it
    units = _unit_spans(text, lo, end)
    start = next((a for a, b in units if a < start < b and start not in words), start)  # 上|海市委书记: 上 is not the word 会上 here
    for i in range(start, end):
        if any(a < i < b for a, b in units):
            continue  # never start inside a name: 大会主席|团常务主席, 无|党派人士代表
        if text[max(0, i - 1) : i + 1] in ("时任", "前任"):
            continue  # 时任|宁德地委书记: 任 opens no title; the one after it is read (posts drops it: held then, not now)
        t = split_title(text[i:end], i)
        if t is not None and t.role in HOUSE_SPEAKERS and not (
                t.org in _countries() if t.org else (not "\u4e00" <= text[i - 1 : i] <= "\u9fff" or text[i - 1] in "和与及兼、" or (i in edges and text.find("在", lo, i - 1) < 0))):
            continue  # 会上|议长, 此情况下|议长, 首次会议上|议长: a locative's 上/下, no house; only a state or a clause's edge comes before the house
        if t is not None and t.role in _PARTY_HEADS and text[i] in "派党" and _inside_word(text, i, lo):
            continue  # 反对|派|政党领袖, 反对|党|工党领袖: a party's name never opens on the last character of a side's word (选举|人民力量党 opens on a name)
        if t is not None and t.org == "村村":
            continue  # 核桃峪村|村支书: the village's name before is unread, its head's title opens at the second 村
        if t is not None and t.org == "村" and i > lo and text[i - 1] in "该本":
            return t  # 该|村支书, 本|村主任: the village told before, its head's title opens at 村 (never the bare 支书)
        if t is not None and len(t.org) == 1 and "\u4e00" <= text[i - 1 : i] <= "\u9fff" and text[i - 1] not in _FUNCTION_START and i not in edges \
                and text[i - 1 : i + 1] != "村村":
            continue  # 巴吞鲁|日市长: a state's abbreviation stands alone, never at the end of a word (but 会见|菲参议长)
        if t is not None and i > lo and text[i - 1] == "副" and i not in edges:
            return None  # 研究所副|所长: a title never starts inside a role
        if t is not None and i - 1 > lo and i not in edges and text[i - 1] in _CJK_NUMERALS and "\u4e00" <= text[i - 2] <= "\u9fff":
            e = max(e for e in edges if e < i)  # 航天五|院西安分院卫星指挥长: never inside a unit numbered by a character (航天五院, 中国电科十四所),
            return Title(text[e:end], text[e:i] + t.org, t.role, e, end) if org_ok(text[e : i + 1]) else None  # the title opens with its name
        if t is not None and i not in edges and "\u4e00" <= text[i - 1 : i] <= "\u9fff" and _and_place_opens(text, i, end):
            continue  # 候选人菲|永和|极右翼政党主席: 和 joins the name before to the next title, 永和 is no county here
        if t is not None and i not in edges and (t.org in _SIDES or (t.org.startswith("中央") and "\u4e00" <= text[i - 1 : i] <= "\u9fff" and text[i - 1] not in "和与及同兼原前任")):
            return None  # …交流机制|中方主席, 建国阵线|中央主席: part of a body the grammar could not read
        if t is not None and i not in edges and lexicons.place_prefix(t.org) and not t.org.startswith(ORG_START) and lexicons.common_words().get(text[max(0, i - 2) : i], "x")[0] == "v":
            return None  # 推进|海南全面深化改革开放领导小组: a verb that opens the body's name
        if t is not None and i not in edges and t.org.startswith(("集团", "公司")) and "\u4e00" <= text[i - 1 : i] <= "\u9fff":
            return None  # 凯雷|集团董事: the company's own name was not read, the title would lose it
        if t is not None and _field_and_before(text, i, t):
            return None  # 海关和|边境保护局局长, 国际关系和|战略研究所副主任: 和 joins two fields inside one body's name, the title would lose the first
        if t is not None and _joined_before(text, i, edges):
            return None  # 联合国-阿盟|叙利亚危机联合特别代表, 中国-东盟|中心秘书长: a body named by two joined, the title would lose the first
        if t is not None and i not in edges and t.org.startswith(REGIONS) and "\u4e00" <= text[i - 1 : i] <= "\u9fff" and text[i - 1] not in _FUNCTION_START:
            return None  # 博鳌|亚洲论坛理事长: a region opens the body only at a word's edge, the words before are its name
        if t is not None and i not in edges and t.org.startswith("国际") and not t.org.startswith(lexicons.international_orgs()) and "\u4e00" <= text[i - 1 : i] <= "\u9fff" \
                and text[i - 1] not in _FUNCTION_START and lexicons.common_words().get(text[max(0, i - 2) : i], "x")[0] != "v" and (whole := _named_from_edge(text, i, t, edges, 2, 4)):
            return whole  # 中欧|国际工商学院…总监: the short name before 国际 is the body's own (not 接见|国际学联主席: a verb's object)
        if t is not None and t.org.startswith("共和国") and i not in edges and "\u4e00" <= text[i - 1 : i] <= "\u9fff":
            return _named_from_edge(text, i, t, edges, 2, 8)  # 会见|鞑靼斯坦共和国总统: a federation's republic, its own name read whole
        if t is not None and i not in edges and _COMMUNITY_CUT.match(t.org) and t.org[0] not in _LEVELS and "\u4e00" <= text[i - 1 : i] <= "\u9fff" \
                and text[i - 1] not in _POINTING:
            return _named_from_edge(text, i, t, edges, 1, 8)  # 青和|居社区党总支书记: a community's name is never one character, it was cut
        if t is not None and t.org == "大会" and i not in edges and "\u4e00" <= text[i - 1 : i] <= "\u9fff":
            return None  # 世界卫生|大会主席, 议会|大会主席: the assembly's own name was not read
        if t is not None and t.org.startswith("大会") and text[max(0, i - 2) : i] == "代表" and text[max(0, i - 4) : i] != "人民代表":
            return None  # 民盟第十一次全国代表|大会主席团: the presidium of another congress
        if t is not None and i not in edges and _CITY.fullmatch(t.org) and t.org[:-1] not in lexicons.places() and "\u4e00" <= text[i - 1 : i] <= "\u9fff" and (
                text[i - 1] not in _FUNCTION_START and not any(_common_word(w, 100) for w in (text[i - 1 : i + 1], text[i - 2 : i], text[i - 3 : i]))):
            return _whole_city_title(text, max(e for e in edges if e < i), i, t)  # 贝尔|格莱德市市长: the city's name, a transliteration, was cut
            # (not after a word: 现任|德黑兰市市长)
        if t is not None and not t.org and i not in edges and _MAYOR.fullmatch(t.role) and "\u4e00" <= text[i - 1 : i] <= "\u9fff" and text[i - 1] not in _LEVELS and text[i - 1] not in _FUNCTION_START:
            if (city := _foreign_city_title(text, max(e for e in edges if e < i), i, t)) is not None:
                return city  # 奥克兰|市长: the city, a transliteration, was not read (posts reads the others' bodies before the bare role)
        if t is not None:
            if i not in edges and not t.org and not _LEVEL_ROLES.match(t.role) and text.endswith(lexicons.org_suffixes() + ("会",), lo, i):
                return None  # 2020年二十国集团工商峰会|主席: a bare role cut from a body the grammar could not read
            return None if i not in edges and cuts_word(text, i) else t  # 研究|院理事会主席
    return None


_COMMUNITY_CUT = re.compile(r"[\u4e00-\u9fff](?:社区|小区)")  # one character, then 社区: the tail of a community's name


def _named_from_edge(text: str, i: int, t: Title, edges: set[int], shortest: int, longest: int) -> Title | None:
    """``t`` (found at ``i``) with its body's name read whole from the nearest title edge before it, ``shortest`` to
    ``longest`` characters back, all Chinese and no word that ends a title; None where no such edge is."""
    e = max((e for e in edges if i - longest <= e <= i - shortest), default=None)
    if e is None or not re.fullmatch(r"[\u4e00-\u9fff]+", text[e:i]) or ORG_BAD.search(text, e, i):
        return None
    return Title(text[e : t.end], text[e:i] + t.org, t.role, e, t.end)


_MAYOR = re.compile(r"(?:常务)?副?市长")
_CJK_NUMERALS = frozenset("一二三四五六七八九十")  # the number of a unit written in characters (航天五院, 十四所)


def _foreign_city_title(text: str, k: int, i: int, t: Title) -> Title | None:
    """A mayor's title whose city, a transliteration no lexicon holds, runs from the title's edge ``k`` to
    ``i`` (奥克兰市长 after 新西兰 in the sentence), or None."""
    city = text[k:i]
    if not (2 <= len(city) <= 4 and all_syllables(city) and not lexicons.common_words().get(city, "nr").startswith(("v", "a", "d", "p"))):
        return None
    if not lexicons.country_re(foreign=True).search(text, max(0, text.rfind("。", 0, k) + 1), k):
        return None  # a foreign state named before it in the sentence: the city is abroad
    return Title(city + t.role, city, t.role, k, t.end)


_CITY = re.compile(r"[\u4e00-\u9fff]{2,3}[市州]")  # a city or state the lexicon need not hold, by its level (格莱德市: PLACE_LIKE's)


def _whole_city_title(text: str, k: int, i: int, t: Title) -> Title | None:
    """The title whose city or state ``t.org`` starts inside a transliteration, read from the title's edge ``k``
    (贝尔|格莱德市市长 -> 贝尔格莱德市市长) where all before it are syllables too; None where words are (no title
    rather than one cut from its city)."""
    city = text[k:i] + t.org[:-1]
    if not (3 <= len(city) <= 7 and all_syllables(city) and not any(c in _FUNCTION_START for c in text[k:i])) or cuts_word(text, k):
        return None  # (称赞|贝尔格莱德: a word runs across the edge, the city's start is not sure)
    return Title(text[k:t.end], text[k:i] + t.org, t.role, k, t.end)


_HAN_JOIN = re.compile(r"[\u4e00-\u9fff][-－](?=[\u4e00-\u9fff])")  # two names joined into one body's: 联合国-阿盟, 中国-东盟


def _joined_before(text: str, i: int, edges: set[int]) -> bool:
    """Whether a title found at ``text[i]`` starts at most four characters after a hyphen that joins two
    names, with no word edge between: the first of the joined names would be cut off."""
    m = _HAN_JOIN.search(text, max(0, i - 6), i + 1)
    return m is not None and m.end() <= i and not any(m.end() < e <= i for e in edges)


_LEVELS = tuple("省市县区州镇乡村旗盟")


def _field_and_before(text: str, i: int, t: Title) -> bool:
    """Whether the title ``t`` found at ``text[i]`` opens right after a 和 that follows a dictionary word (海关,
    关系, 作家) while its body opens with no name of its own (no state, place, region or national body): the 和
    joins two fields of one body's name (海关和边境保护局, 国际关系和战略研究所), not two holders."""
    if i < 3 or text[i - 1] != "和" or not t.org or not _conjunction(text, i - 1) or t.org[-1] in _LEVELS or not t.org.endswith(lexicons.org_suffixes()):
        return False  # (官员和|西雅图市市长: a city, the next holder's)
    if t.org.startswith(ORG_START + REGIONS) or lexicons.country_at(t.org) or lexicons.place_prefix(t.org) or t.org.startswith(lexicons.international_orgs()):
        return False  # 官员和|中国驻德国大使, 刘黎和|天津大学…书记: the next holder's own title
    if text.endswith(KIN_NOUNS, 0, i - 1):
        return False  # 总理的儿子和|安全委员会主席: kin, then the next holder
    word = text[i - 3 : i - 1]
    return lexicons.common_words().get(word, "nr")[:2] not in ("nr", "v", "vn", "r", "d", "p", "c")


def _and_place_opens(text: str, i: int, end: int) -> bool:
    """Whether a place ending in 和 (永和, 太和) opens ``text[i:end]`` with no level after it
    (菲|永和|极右翼…主席): the 和 is the conjunction after a name, no county opens the body."""
    k = next((k for k in (3, 2) if text[i + k - 1 : i + k] == "和" and text[i : i + k] in lexicons.places()), 0)
    return bool(k) and i + k < end and _conjunction(text, i + k - 1)


def _place_body_at(org: str, i: int) -> bool:
    """Whether a place written with its level opens ``org[i:]``, then ends it or opens its own body (四川省|委,
    西川省|政府, 内蒙古自治区|党委), not a place-like word (卫生城市|复审, 雄安新区|建设)."""
    place = PLACE_LIKE.match(org[i:])
    end = i + place.end() if place else next(
        (e for e in range(min(len(org), i + 7), i + 2, -1) if any(p.name == org[i:e] for p in lexicons.places().get(org[i:e], ()))), 0)
    return bool(end) and (end == len(org) or org.startswith(_PLACE_OWN_BODIES, end))


_PLACE_OWN_BODIES = ("委", "党委", "人民政府", "政府", "人大", "政协", "纪委")  # a place's own bodies (not lexicons.PLACE_BODIES, every locality's): 四川省|委, 北京市|人民政府


def _conjunction(text: str, k: int) -> bool:
    """Whether the 和 or 与 at ``text[k]`` is no word's own character (共和国, 和平, 党和国家) nor a place's (和田地区,
    永和县): a place ending in it with no level after (李永和|四川省委) leaves it the conjunction."""
    if any(w.start() <= k < w.end() for w in _AND_WORDS.finditer(text, max(0, k - 3), k + 4)):
        return False
    return not any(text[j:e] in lexicons.places() and (e > k + 1 or text.startswith(_LEVELS, e))
                   for j in range(max(0, k - 3), k + 1) for e in range(k + 1, min(len(text), j + 6) + 1))


_PARTY_CONGRESS = re.compile(r"(?:十[一二三四五六七八九]?|二十[一二三四五六七八九]?)大")  # 十八大, 二十大: the Party's national congress by its number
_COUNTRY_ONLY_ROLES = frozenset({"公主", "国家元首", "政府首脑"})
# Verbs and modals whose object is a verb (拒绝代表X回应, 无权代表, 同意代表): the 代表 after them is "speak for", no role.
_TAKES_A_VERB = ("拒绝", "婉拒", "同意", "愿意", "不愿", "无权", "有权", "无法", "不能", "能够", "可以", "负责", "决定", "希望",
                 "准备", "打算", "继续", "不再", "委托", "特意", "专门",
                 "还", "也", "又", "亦", "再", "曾", "均", "分别", "同时", "再次", "首次")  # adverbs: 中方还|代表多国发言
_SIDES = frozenset({"中方", "外方", "双方", "各方", "我方", "对方"})


def cuts_word(text: str, i: int) -> bool:
    """Whether a frequent word of jieba's dictionary runs across position ``i`` (工程|学院,
    研究|院): a title starting there would begin inside an organisation's name."""
    if i == 0 or not "\u4e00" <= text[i - 1] <= "\u9fff":
        return False
    if any((w := text[a : a + 4]) in lexicons.common_words() and not role_re().search(w) for a in range(max(0, i - 3), i)):
        return True  # 群众|路线教育…领导小组: a four-character word is never cut, however rare (but 亲善|大使 ends in a role)
    return any(
        _common_word(text[a:b], 100) or text[a:b] in lexicons.places()
        for a in range(max(0, i - 3), i)
        for b in range(i + 1, min(len(text), a + 4) + 1)
        if b - a >= 2
    )


@lru_cache(maxsize=1)
def _whole_end_re() -> re.Pattern[str]:
    return re.compile("(?:" + lexicons.alternation(lexicons.whole_orgs()) + ")$")


@lru_cache(maxsize=1)
def _whole_re() -> re.Pattern[str]:
    return re.compile(lexicons.alternation(lexicons.whole_orgs()))


_PREPOSITIONS = frozenset("同和与向对")  # characters that open a clause's object as well as a place's name (同德, 和平)


def _unit_spans(text: str, lo: int, end: int) -> list[tuple[int, int]]:
    """Spans of the organisation and place names in ``text[lo:end]`` that a title may not cut."""
    spans = [m.span() for m in _whole_re().finditer(text, lo, end)]
    places = lexicons.places()
    for s in range(lo, end - 1):
        k = next((k for k in (4, 3, 2) if text[s : s + k] in places), 0)
        if k and not (text[s] in _PREPOSITIONS and any(len(lexicons.country_at(text, j)) > s + k - j for j in range(s + 1, s + k))):
            spans.append((s, s + k))  # but 同德|国总理: a place opened by a preposition (同德) that runs into a state's name is none (云南|非遗 stays)
    return spans


# a state before a role: never inside a longer name (当代中国研究所, 统一俄罗斯党), but 中国 before 驻
_COUNTRY_SCAN = {"foreign": True, "not_after": ("驻", "统一"), "also": "中国(?=驻)"}


def _two_roles(org: str) -> bool:
    """Two role words back to back inside an organisation part: 总统府部长|总统办公室 is two
    titles, not one body."""
    for m in any_role().finditer(org):
        second = any_role().match(org, m.end())
        if second and not org.startswith(("会", "处", "团", "府"), second.end()):
            return True  # but 部长|委员会 (a council of ministers) is one body
    return False


def _crosses_country(org: str) -> bool:
    """A country inside an organisation name (not after 驻, nor inside a whole name such as
    公正俄罗斯党) starts a new title: 讨论地区局势|叙利亚总统, 交通部长陆兆福和|中国驻马来西亚大使."""
    inner = [
        m.start() for m in lexicons.country_re(**_COUNTRY_SCAN).finditer(org)
        if m.start() > 0 and not (org[m.start() - 1] in "和与" and org[: m.start() - 1] in _countries())
        and not org.startswith(("问题", "事务", "危机"), m.end()) and not _names_its_country(org, m.start(), m.end())
        and not (org[m.start() - 1] in "-－" and (org[: m.start() - 1] in _countries() or org[: m.start() - 1] in lexicons.international_orgs()))
        and not _inside_party_or_word(org, m.start(), m.group())
    ]  # 白俄罗斯 is one country; 中国和哈萨克斯坦合作委员会 is one body of two; 联合国也门问题|特使: the country is a topic;
    # 中国-东盟中心, 联合国-阿盟: two joined by a hyphen name one body
    if not inner:
        return False
    wholes = [m.span() for m in _whole_re().finditer(org)]
    return any(not any(a <= i < b for a, b in wholes) for i in inner)


# A news agency's bureau, named by the country or city it works in (路透社英国分社, 法新社驻华分社): the agencies
# listed, not any 社 (合作社张庄分社, 旅行社上海分社); a magazine's (《今日中国》杂志社拉美分社) is read with its quoted name.
_FOREIGN_AGENCIES = r"(?:路透|美联|法新|塔斯|共同|韩联|安莎|埃菲|德新|合众|俄新|时事|朝中|越通|中东|卫星)社"
_BUREAU = r"驻?[\u4e00-\u9fff]{2,6}分社"  # (where it works, then 分社)
_AGENCY_BUREAU = re.compile(rf"(?:新华社|中新社|{_FOREIGN_AGENCIES}){_BUREAU}")
# A foreign agency's bureau (路透社英国分社): its head's name is transliterated, as a foreign state's official's is.
FOREIGN_AGENCY_BUREAU = re.compile(_FOREIGN_AGENCIES + _BUREAU)

# The end of a UN mission's name (联合国叙利亚监督团, 联合国利比亚支助特派团): the country is where it serves.
_MISSION_END = re.compile(r"(?:特派团|监督团|观察团|援助团|支助团|稳定团|维和部队|临时部队)$")


_GREATER_PARTY = re.compile(r"[\u4e00-\u9fff]{0,4}?党")  # 大|印尼运动党, 大|罗马尼亚党: a party of a greater state


def _inside_party_or_word(org: str, s: int, state: str) -> bool:
    """Whether a state found at ``org[s:]`` starts no new title: it opens a party's name after 大
    (大印尼运动党, 大罗马尼亚党) or 泛 (希腊泛希腊社会主义运动: a pan-state movement), or its 国 is the
    first of 国际 (贝尔泰|国际大学: no 泰国 there), or it is inside a division of China the body opens with (内|蒙古自治区党委; not a
    nationality's division the table does not name whole, 某某蒙古族自治县委…尖措, whose titles keep a
    name read as syllables; one it names, 延边朝鲜族自治州委书记, is one title — and a name of syllables
    after it, 河南蒙古族自治县委统战部长尖措, is not read, where the cut 蒙古族自治县委统战部长 was)."""
    ends = range(s + len(state), min(len(org), 12) + 1)
    if org.startswith("族", s + len(state)):
        ends = range(s + len(state) + 1, min(len(org), 12) + 1)  # 延边朝鲜族自治州 whole, not a bare 朝鲜|族
    if any(org[:k] in lexicons.places() for k in ends):
        return True
    if org[s - 1] == "大" and _GREATER_PARTY.match(org, s + len(state)):
        return True
    if org[s - 1] == "泛" and s + len(state) < len(org):
        return True  # 希腊泛|希腊社会主义运动: the state names the movement after 泛, the body goes on
    return state.endswith("国") and org.startswith("际", s + len(state))


_BRANCHED = ("集团", "公司", "银行")  # bodies with branches named by country
_BRANCHES = ("分公司", "子公司", "分行", "分部")


def _names_its_country(org: str, s: int, e: int) -> bool:
    """Whether the country at ``org[s:e]`` belongs to the body's own name, no new title: a UN mission
    named after it (联合国|叙利亚|监督团), or a party that repeats its state's name (塞舌尔联合|塞舌尔|党)."""
    if org[:s] == "联合国":
        return bool(_MISSION_END.search(org, e))
    if _AGENCY_BUREAU.fullmatch(org):
        return True  # 路透社|英国|分社: a news agency's bureau is named by where it works
    if org[:s].endswith(_BRANCHED) and org.startswith(_BRANCHES, e):
        return True  # 某汽车集团|美国|分公司, 某银行|英国|分行: a company's branch is named by the country it serves
    return org.startswith(org[s:e]) and org.endswith("党") and e < len(org)


def _and_after_concurrent(text: str, floor: int, end: int) -> int:
    """Where a 及 joins the last two titles of a 兼-chain (副总理兼国家安全统筹部长及|内政部长), or -1:
    a role must end right before it and a 兼 stand in the chain before that."""
    j = text.rfind("及", floor, end)
    if j <= floor or not role_ends(text, j) or "兼" not in text[max(floor, j - 16) : j]:
        return -1
    return j


def _state_before_concurrent(text: str, floor: int, j: int) -> str:
    """The foreign state that opens the title right before the 兼 at ``j`` (克罗地亚第一副总理|兼), or "":
    the titles after the 兼 are that state's."""
    s = max(text.rfind("、", floor, j), text.rfind("兼", floor, j), floor - 1) + 1
    t = parse_title(text, s, j)
    state = lexicons.country_at(t.org) if t is not None else ""
    return state if state and state != "中国" else ""


def _of_state(text: str, start: int, end: int, state: str) -> Title | None:
    """The title ``text[start:end]`` read as one of ``state``'s (外交和欧洲事务部部长 of 克罗地亚), kept as
    written; None where even so it is none."""
    t = split_title(state + text[start:end])
    if t is None or t.start != 0 or not t.org.startswith(state) or len(t.org) == len(state):
        return None
    return Title(text[start:end], t.org[len(state):], t.role, start, end)


_FIELD_AND = re.compile(r"([\u4e00-\u9fff]{2,4}?)[和与及]")
_NOT_FIELD_TAGS = ("nr", "ns", "nt", "m", "r", "p", "c", "u", "d")


def _is_field(word: str) -> bool:
    """A field a body is named by (青年, 体育, 城乡建设): a common word, no name, place, role, country or kin (儿子和|安全委员会)."""
    tag = lexicons.common_words().get(word)
    return tag is not None and not tag.startswith(_NOT_FIELD_TAGS) and word not in _countries() and not role_ends(word, len(word)) and word not in KIN_NOUNS


def _titled_name_ends(text: str, p: int, e: int) -> bool:
    """Whether the list item ``text[p:e]`` ends in a person's name of two or three characters right after a
    role (委员会副主任委员|罗志军): a titled person, not a body whose last words are a field.

    >>> _titled_name_ends("副主任委员罗志军", 0, 8), _titled_name_ends("法国国民教育", 0, 6)
    (True, False)
    """
    return any(e - n > p and text[e - n] in lexicons.surnames() and role_ends(text, e - n) and name_end(text, e - n) == e for n in (2, 3))


def field_list_title(text: str, floor: int, start: int, end: int) -> Title | None | Literal[False]:
    """A body named by fields listed with 、 and joined by 和 (法国国民教育、青年和体育部长; 市文化、
    体育和旅游局局长): one title with the 、 inside its name, not a chain cut at the 、. Each item
    before the 、 must be a bare field (no role ends it: 全国政协副主席、国家发展和改革委员会主任 is two).
    False when such a list stands there but does not read as one title. Two fields joined by
    与/和 alone (巴新商业与|工业部长, ``start`` after the join) are one body too: its whole title, or
    the fields' own when what names the state before them is unread."""
    if start > floor and text[start - 1] in "与和及":
        return _joined_fields_title(text, floor, start, end)
    if start > floor and text[start - 1] == "、" and not _FIELD_AND.match(text, start):
        return _comma_fields_title(text, floor, start, end)
    if start <= floor or text[start - 1] != "、" or not (m := _FIELD_AND.match(text, start)) or not _is_field(m[1]):
        return None
    s = field = start
    while s > floor and text[s - 1] == "、":
        p = max(floor, text.rfind("、", floor, s - 1) + 1)
        item = text[p : s - 1]
        if not item or role_ends(text, s - 1):
            break
        if _is_field(item):
            s = field = p  # 青年、|体育和旅游部: a whole field, the list may go on
            continue
        k = next((k for k in (4, 3, 2) if len(item) > k and _is_field(item[-k:])), 0)
        if k and _titled_name_ends(text, p, s - 1):
            break  # 副主任委员罗志军、|农业与农村委员会副主任委员: the item is a titled person (志军 no field), the title after the 、 is the next one's
        if k:
            s, field = p, s - 1 - k  # 法国国民|教育: the first field, after the body's country or level
        break
    if s == start:
        return None
    joined = text[s:end].replace("、", "")
    t = parse_title(joined, 0, len(joined))
    if t is None or not t.org or s + t.start > field:
        return False  # the title must hold every field of the list
    a = s + t.start
    return Title(text[a:end], text[a : end - len(t.role)], t.role, a, end)


_FIELD_MINISTERS = ("部长", "大臣")
_TERM = re.compile("第?" + TERM)  # 第七届、八届: a term in a list, 第 written once
_TERMS_LISTED = re.compile("(?:" + _TERM.pattern + "、)+$")  # the terms listed before the last, each with its 、


def _term_list_title(text: str, floor: int, start: int, end: int) -> Title | None:
    """One body's terms listed with 、 (政治协商会议第七届、八届、|九届全国委员会副主席): the whole title, its prefix
    shared by each term the holder held, when the first item with the last term's rest reads as one title."""
    if start <= floor or not (last := _TERM.match(text, start)) or not (run := _TERMS_LISTED.search(text, floor, start)):
        return None
    a = run.start()
    if a > floor and text[a - 1] == "、":
        return None  # the item before the terms ends with none
    p = max(floor, text.rfind("、", floor, a) + 1)  # the first item: words of the body, then its first term (or the term alone)
    if _TERM.search(text, p).start() != a:
        return None  # 第十四届候补委员，|十五届、十六届委员: the item's first term opens the run, else the terms belong to another title
    t = split_title(text[p : _TERM.match(text, a).end()] + text[last.end() : end])
    return Title(text[p:end], text[p : end - len(t.role)], t.role, p, end) if t is not None and t.org and t.start == 0 else None


def _comma_fields_title(text: str, floor: int, start: int, end: int) -> Title | None:
    """A minister of fields listed with 、 alone (经济、能源部长): one title with the 、 inside, when
    the title after ``start`` is a bare field's minister and each item before it a bare field; else None."""
    after = split_title(text[start:end], start)
    if after is None or after.start != start or after.role not in _FIELD_MINISTERS or not _is_field(after.org):
        return None
    s = start
    while s > floor and text[s - 1] == "、":
        p = max(floor, text.rfind("、", floor, s - 1) + 1, text.rfind("兼", floor, s - 1) + 1)
        if not _is_field(text[p : s - 1]):
            break
        s = p
    return None if s == start else Title(text[s:end], text[s : end - len(after.role)], after.role, s, end)


def _one_field(first: str, second: str) -> bool:
    """Whether ``first`` is a field joined to ``second`` by 与 (语言|与文字, 核|与辐射: one character before a field)."""
    return _is_fields(first) or (len(first) == 1 and first not in "长员" and not role_ends(first, 1) and _is_field(second[:2]))


def _is_fields(words: str) -> bool:
    """One field or two written together (信息化, 发展战略, 规划|发展)."""
    return _is_field(words) or any(_is_field(words[:i]) and _is_field(words[i:]) for i in range(2, len(words) - 1))


def _field_department(org: str) -> bool:
    """Whether ``org`` is a department named by one or two fields (发展战略司, 信息化局): after 与/和
    its name holds the field before the conjunction too (全球化和|发展战略司); not a national body named by
    its level (儿子和|国家安全局: 国家安全局 is whole, what stands before the join is no field of it); a house's
    committee too (国防和|安全委员会)."""
    unit = 3 if org.endswith("委员会") else 1
    return org[-unit:] in ("司", "局", "处", "委员会") and not org.startswith(("国家", "中央", "全国")) and _is_fields(org[:-unit])


def _joined_fields_title(text: str, floor: int, start: int, end: int) -> Title | None:
    """The title of a body named by a field, 与/和 and the field the title after ``start`` holds
    (商业与|工业部长, 全球化和|发展战略司司长), or None when the words do not read so (张三和|工业部长).
    The fields before the join are the longest run of one or two (规划发展和|信息化司, not 规划|发展和), and
    the title reads on before them as it would before the department alone (外交部|全球化和发展战略司司长)."""
    after = split_title(text[start:end], start)
    k = next((k for k in (4, 3, 2) if start - 1 - k >= floor and _is_fields(text[start - 1 - k : start - 1])), 0)
    if after is None or after.start != start or not (_is_field(after.org) or _field_department(after.org)) or not k:
        return None
    field = start - 1 - k
    t = parse_title(text, floor, end)
    if t is not None and t.start <= field:
        return t  # 印尼贸易与工业部长: the grammar reads the whole
    plain = text[floor:field] + text[start:end]  # the department without the fields before the join: 外交部|发展战略司司长
    if (t := parse_title(plain, 0, len(plain))) is not None and t.org and t.start < field - floor and plain[t.start] not in _POINTING:
        # 外交部, 国家卫生健康委: the body the department is part of (not 该部); a clause's words read back (王刚接见|科技,
        # 要加强|科技) end where its verb does, the fields after it
        cut = floor + t.start + clause_words_end(text[floor + t.start : start - 1])
        if cut == floor + t.start:
            field = cut
        elif field <= cut < start - 1 and _is_fields(text[cut : start - 1]):
            field = cut
    return Title(text[field:end], text[field : end - len(after.role)], after.role, field, end)


def _cjk_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and "\u4e00" <= text[i] <= "\u9fff"


def title_chain(text: str, floor: int, name_start: int) -> list[Title]:
    """Titles joined by ``、`` (or ``兼``) that end right before a name at ``name_start``.

    >>> [t.text for t in title_chain("会议由市委副书记、市长李四主持", 0, 11)]
    ['市委副书记', '市长']
    >>> [t.text for t in title_chain("副市长兼市公安局局长王五", 0, 10)]
    ['副市长', '市公安局局长']
    """
    return list(_title_chain(text, floor, name_start))


# Bodies that are one office under two names by design (一个机构两块牌子), each group the names of one office: one
# head holds both posts (中央台办、国务院台办主任). Bodies of one kind are no twins (县委、县纪委书记; 外交部、商务部部长).
_TWIN_BODIES = tuple(frozenset(g.split()) for g in (
    "中共中央台办 中央台办 中共中央台湾工作办公室 国务院台办 国台办 国务院台湾事务办公室",
    "中央网信办 中央网络安全和信息化委员会办公室 国家网信办 国家互联网信息办公室",
    "中央外办 中央外事工作委员会办公室 中央外事办 国务院外办 国务院外事办 国务院外事办公室",
    "中共中央外宣办 中央外宣办 中共中央对外宣传办公室 国务院新闻办 国新办 国务院新闻办公室",
    "中央港澳办 中央港澳工作办公室 国务院港澳办 国务院港澳事务办公室",
    "国家林草局 国家林业和草原局 国家公园管理局",
))


def _sharing_role(text: str, start: int, end: int, after: Title) -> Title | None:
    """A bare body listed before a title of its twin (中央台办、|国务院台办主任): the head of both.

    >>> _sharing_role("中央台办、国务院台办主任", 0, 4, split_title("国务院台办主任", 5)).text
    '中央台办主任'
    >>> _sharing_role("县委、县纪委书记", 0, 2, split_title("县纪委书记", 3)) is None
    True
    """
    body = text[start:end]
    if not any(body in g and after.org in g and body != after.org for g in _TWIN_BODIES):
        return None
    t = split_title(body + after.role, start)
    return Title(t.text, t.org, t.role, start, end) if t is not None and t.org == body and t.role == after.role else None


GROUP_MEMBER = "党组成员"


def _member_then_role(t: Title) -> tuple[Title, ...]:
    """A party group's member run into a second role with no mark (局党组成员副调研员): two titles, read as if
    a ``、`` stood between them (the second bare, its body restored as in a list); else ``t`` alone."""
    i = t.text.find(GROUP_MEMBER)
    k = i + len(GROUP_MEMBER) if 0 <= i < len(t.text) - len(GROUP_MEMBER) else 0
    first, second = split_title(t.text[:k], t.start), split_title(t.text[k:], t.start + k)
    if not k or first is None or first.role != GROUP_MEMBER or second is None or second.org:
        return (t,)
    return (second, first)


_SIDE_CHAIR = re.compile("[" + "".join(sorted(_SIDE_ABBR - frozenset("双各我对"))) + "]方[\u4e00-\u9fff]{1,6}")  # 俄方主席, 中方秘书长: one side's office, its body named elsewhere


def _unquoted_comma(text: str, floor: int, end: int) -> int:
    """The last 、 in ``text[floor:end]`` outside a quoted name (中央“不忘初心、牢记使命”主题教育领导小组), or -1."""
    i = text.rfind("、", floor, end)
    while i >= 0 and (o := text.rfind("“", floor, i)) > text.rfind("”", floor, i) and text.find("”", i, end) >= 0:
        i = text.rfind("、", floor, o)
    return i


@lru_cache(maxsize=256)
def _title_chain(text: str, floor: int, name_start: int) -> tuple[Title, ...]:
    """``title_chain`` as a tuple, kept per (text, floor, name_start): the recogniser's second pass over a
    story (with the names the first pass found) reads the same chains again, and a chain depends on these alone."""
    if any((m := any_role().match(text, name_start - k)) and m.end() > name_start for k in (1, 2) if name_start >= k):
        return ()  # 统一部长|官柳吉: the role is 长官, so the name does not start here
    pieces: list[Title] = []
    end = name_start
    while end > floor:
        start = max(_unquoted_comma(text, floor, end), text.rfind("兼", floor, end), _and_after_concurrent(text, floor, end)) + 1 or floor
        start = max(start, floor)
        if (listed := _term_list_title(text, floor, start, end) or field_list_title(text, floor, start, end)) is not None:
            if not listed:
                break  # a field list the grammar cannot read as one body: no title, rather than its last field's
            pieces.append(listed)
            if listed.start > floor and text[listed.start - 1] in "、兼":
                end = listed.start - 1
                continue
            break
        whole = split_title(text[start:end], start)
        if whole is None and pieces and end == pieces[-1].start - 1:
            whole = _sharing_role(text, start, end, pieces[-1])  # 中央台办、|国务院台办主任: one head of both bodies
        if whole is None and start > floor and text[start - 1] == "兼" and (state := _state_before_concurrent(text, floor, start - 1)):
            whole = _of_state(text, start, end, state)  # 克罗地亚第一副总理兼|外交和欧洲事务部部长: the state's ministry, its 和 inside one body
        if whole is None:
            whole = _opposition_leader(text, start, end)  # 印度人民院反对党领袖、|…议员X: a house's office, the chain goes on
        if whole is not None and (k := head_by(text, start, end, name_start)) >= 0:
            whole = split_title(text[k + 1 : end], k + 1) or whole  # (派出)以|国务院副总理X为团长的: the preposition opens no body
        if whole is not None and (by := _BY_FORMER.search(text, start, whole.start + len(whole.org))) is not None:
            whole = split_title(text[by.end() : end], by.end())  # (or parse_title's) 以|原某军区后勤部长X的事迹: the preposition opens no body
        if whole is not None:
            pieces.extend(_member_then_role(whole))
            if start > floor and text[start - 1] in "、兼及":
                end = start - 1
                continue
            break
        if _SIDE_CHAIR.fullmatch(text, start, end) and any_role().fullmatch(text, start + 2, end):
            pieces.append(Title(text[start:end], text[start : start + 2], text[start + 2 : end], start, end))
            if start > floor and text[start - 1] in "、兼":
                end = start - 1  # 俄罗斯第一副总理、|俄方主席X: one side's chair of a joint body told before it, read whole, never a bare 主席; the chain goes on
                continue
            break
        part = parse_title(text, start, end)
        if part is not None and _BRAND_AND.match(part.org) and _cjk_at(text, part.start - 1):
            part = None  # 王刚和|集团董事长: a name's last character and the conjunction, no firm 刚和集团
        if part is not None and part.start > start and (listed := field_list_title(text, start, part.start, end)) is not None:
            part = listed or None  # 巴新商业与|工业部长: the field before the join is the body's too
        elif part is None and (join := max(text.rfind("和", start, end), text.rfind("与", start, end))) > start:
            part = field_list_title(text, start, join + 1, end) or None  # 俄联邦委员会国防和|安全委员会主席: read whole only with the join
        if part is None and not pieces and (leader := leader_title(text, start, end)) is not None and leader.start == start and start > floor and text[start - 1] in "、兼":
            pieces.append(leader)  # 议会主席、|反对派领导人X: a leader's title closes the chain, the titles before it are his too
            end = start - 1
            continue
        if part is not None:
            pieces.append(part)
            if part.start > start and (lexicons.country_at(part.org) or part.org.startswith(_OPEN_AFTER_ROLE) and role_ends(text, part.start)) and (
                    first := split_title(text[start : part.start], start)) is not None and first.org:
                pieces.append(first)  # 非洲联盟轮值主席|卢旺达总统X, 政治局委员|中央政法委书记X: two titles back to back, the second opened by its state or a central body
                part = first
            if text[start : part.start] in ("", "前", "原", "时任", "候任", *PARTY_SIDES) and start > floor and text[start - 1] in "、兼及":
                end = start - 1  # 国务委员会主席兼|部长会议主席, 基金会主席、前|总理, 民政局股长、时任|扶贫办股长, 未来阵线主席、候任|总理: the chain goes on
                continue
        break
    pieces = pieces[::-1]
    if pieces and (t := pieces[0]).org.count("”") > t.org.count("“") and text[t.start - 1 : t.start] == "“":
        quoted = quoted_title(text, floor, t.end)  # 北马其顿“马其顿社会民主联盟”主席: with the state the body is of
        pieces[0] = quoted if quoted is not None and quoted.start < t.start - 1 else Title("“" + t.text, "“" + t.org, t.role, t.start - 1, t.end)  # 反对派“全国联盟”主席: the quote opens the body's name
    elif (quoted := quoted_title(text, floor, pieces[0].end if pieces else name_start)) is not None and (not pieces or quoted.start < pieces[0].start):
        pieces = [quoted, *pieces[1:]]  # “中宗和”第四届委员会主席, “国民军”领导人: a body named in quotes
        if quoted.start > floor and text[quoted.start - 1] in "、兼":
            pieces = title_chain(text, floor, quoted.start - 1) + pieces  # 全国政协副主席、|“中宗和”…主席
    elif not pieces and (leader := leader_title(text, floor, name_start)) is not None:
        pieces = [leader]
    if pieces and (cut := max(pieces[0].text.rfind(")"), pieces[0].text.rfind("）"))) >= 0 and "(" not in pieces[0].text and "（" not in pieces[0].text:
        after = split_title(pieces[0].text[cut + 1 :], pieces[0].start + cut + 1)  # 大学（成都|）校长: no title opens inside a bracket
        pieces = [after, *pieces[1:]] if after is not None else pieces[1:]
    if pieces and (bracketed := _bracketed_body(text, floor, pieces[0])) is not None:
        pieces = [*bracketed, *pieces[1:]]  # 印度共产党(马克思主义)|总书记: the bracket is part of the body's name
    pieces = [_without_short_name(t) for t in pieces]
    if pieces and (q := _QUOTED_ONLY.fullmatch(pieces[0].org)) and _epithet(q[1]):
        t = pieces[0]  # “民工”局长: the nickname is no part of the title
        pieces[0] = Title(t.role, "", t.role, t.end - len(t.role), t.end)
    return tuple(pieces)


# kin by whom one is told (任命自己儿子、副王储X, 免去他的侄子X的…): a relation, never a title or a body
KIN = ("儿子", "女儿", "长子", "次子", "侄子", "侄女", "外甥", "孙子", "弟弟", "哥哥", "兄弟", "兄长", "堂弟", "堂兄", "妻子", "丈夫", "女婿")
_BRACKET_PART = re.compile(r"[(（](?P<part>[\u4e00-\u9fffA-Za-z·]{1,8})[)）]$")


def bracket_in_body(text: str, at: int) -> int:
    """Where the short bracketed part closing right before ``at`` opens, when a body's name goes on before it and
    a title after it (印度共产党(马克思主义)|总书记), else -1; never a body's second name
    (党校（行政学院）|副校长: two bodies, the head of which is not told)."""
    if (b := _BRACKET_PART.search(text, max(0, at - 10), at)) is None or b.start() == 0 or not _cjk_at(text, b.start() - 1) or not _cjk_at(text, at):
        return -1
    if any_role().search(b["part"]) or b["part"].endswith(lexicons.org_suffixes()) or not any_role().match(text, at) and parse_title(text, at, min(len(text), at + 12)) is None:
        return -1
    o, s = b.start(), max(text.rfind(c, max(0, b.start() - 30), b.start()) for c in "，,。；;：:、\n （(") + 1
    if not any(org_ok(text[j:o]) for j in range(max(s, o - 20), o - 1)):
        return -1  # the words before the bracket read as no body
    return o


def _bracketed_body(text: str, floor: int, t: Title) -> tuple[Title, ...] | None:
    """The chain ending in ``t`` when a bracketed part of a body's name stands right before it
    (印度共产党(马克思主义)|总书记, 中国石油大学（北京）|校长): the body before the bracket opens the title, or None."""
    if t.start <= floor or text[t.start - 1] not in ")）" or (o := bracket_in_body(text, t.start)) <= floor:
        return None
    bare = text[:o] + text[t.start : t.end]
    chain = _title_chain(bare, floor, o + len(t.text))
    if not chain or (last := chain[-1]).start >= o or last.end != o + len(t.text) or not org_ok(bare[last.start : o]):
        return None
    if _short_name_of(text[o + 1 : t.start - 1], text[last.start : o]):  # 国际货币基金组织（IMF）|总裁: the title as the body's name reads without it
        return (*chain[:-1], Title(bare[last.start : last.end], bare[last.start : last.end - len(t.role)], t.role, last.start, t.end))
    return (*chain[:-1], Title(text[last.start : t.end], text[last.start : t.end - len(t.role)], t.role, last.start, t.end))


def _without_short_name(t: Title) -> Title:
    """``t`` with a bracketed short name closing its body dropped (国际货币基金组织（IMF）总裁 -> 国际货币基金组织总裁);
    the span stays the literal one."""
    if (b := _BRACKET_PART.search(t.org)) is None or not _short_name_of(b["part"], t.org[: b.start()]):
        return t
    return Title(t.org[: b.start()] + t.role, t.org[: b.start()], t.role, t.start, t.end)


def _short_name_of(part: str, body: str) -> bool:
    """Whether a bracketed ``part`` after ``body`` is its short name (IMF, 东盟 of 东南亚国家联盟, 亚投行): Latin letters, a
    written form of the same organisation, or two or more characters each found in order in the body; not a part that
    qualifies it (马克思主义, 联合马列, 布)."""
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9&\-]*", part) or (e := lexicons.organizations().get(part)) is not None and e is lexicons.organizations().get(body):
        return True  # (石油输出国组织（欧佩克）: one organisation's two written forms)
    it = iter(body)
    return len(part) >= 2 and len(part) < len(body) and all(c in it for c in part)


_LEADER = re.compile(r"(?P<when>前)?(?P<role>(?:最高)?领导人)$")
# a sentence telling of leaving (辞去…职务, 下台) or of a year (2014年，泰国军方领导人X发动政变): no post now
_TOLD_LEFT_OR_PAST = re.compile(r"辞去|辞职|卸任|下台|离任|退役|\d{4}年|当年|那时|曾")


def sentence_start(text: str, p: int) -> int:
    """Where the sentence holding ``p`` opens: after the last 。；;！？ or line break before it."""
    return max(text.rfind(c, 0, p) for c in "。；;！？\n") + 1


def _sentence_end(text: str, p: int) -> int:
    return min((i for i in (text.find(c, p) for c in "。；;！？\n") if i >= 0), default=len(text))


def _list_state(text: str, end: int) -> str:
    """The state whose title opens the list of people that ends at ``end`` (委内瑞拉总统X、), with no stop
    nor comma between; "" when none does."""
    start = max(text.rfind(c, 0, end) for c in "。；;！？\n，,：:“”") + 1
    return lexicons.country_at(text, start) if end - start >= 4 else ""


def leader_title(text: str, floor: int, end: int) -> Title | None:
    """领导人 of a foreign state or an armed group named right before it (朝鲜最高领导人, 利比亚前
    领导人, 哈马斯领导人): a post; never of China, where 领导人 names a group, not an office."""
    m = _LEADER.search(text, max(floor, end - 6), end)
    if m is None or text.startswith("民", end):
        return None  # 总结党领导人民…: the verb 领导 and 人民, no 领导人
    s = m.start()
    body = lexicons.country_before(text, s) or next((g for g in lexicons.ARMED_GROUPS if text.endswith(g, floor, s)), "") or _party_clause(text, floor, s)
    if not body and text.endswith("反对派", floor, s):
        state = lexicons.country_before(text, s - 3)
        if not state and text[s - 4 : s - 3] == "、" and (listed := _list_state(text, s - 4)) not in ("", "中国") and s - 3 >= floor:
            return Title(listed + text[s - 3 : end], listed + "反对派", m["role"], s - 3, end)  # 委内瑞拉总统X、|反对派领导人Y: of the state the list opens with
        body = (state if state != "中国" and s - 3 - len(state) >= floor else "") + "反对派"  # (委内瑞拉)反对派领导人X: who leads a state's opposition
    if not body and text.endswith("军方", floor, s) and (state := lexicons.country_before(text, s - 2)) not in ("", "中国") and not _TOLD_LEFT_OR_PAST.search(
            text, sentence_start(text, s), _sentence_end(text, end)):
        body = state + "军方"  # 泰国军方领导人X: who leads a state's armed forces (not 前军方领导人, nor 军方领导人 without the state)
    if not body or body == "中国" or s - len(body) < floor:
        return None
    s -= len(body)
    return Title(text[s:end], text[s : m.start("role")], m["role"], s, end)


_OPPOSITION_LEADER = "反对党领袖"


def _opposition_leader(text: str, start: int, end: int) -> Title | None:
    """The Leader of the Opposition of a foreign state's parliament, named with the state (英国反对党领袖, 印度人民院
    反对党领袖, 泰国国会下议院反对党领袖): an office there; 反对党领袖 alone, or one party's (最大反对党领袖), is no post."""
    if not text.endswith(_OPPOSITION_LEADER, start, end):
        return None
    k = end - len(_OPPOSITION_LEADER)
    for _ in range(2):  # 泰国国会|下议院: a house named with its parliament
        k -= len(next((h for h in lexicons.FOREIGN_HOUSES if text.endswith(h, start, k)), ""))
    state = lexicons.country_before(text, k)
    if not state or state.startswith("中国") or k - len(state) < start:
        return None
    s = k - len(state)
    return Title(text[s:end], text[s : end - 2], "领袖", s, end)


_PARTY = re.compile(r"[\u4e00-\u9fff]{2,12}党")
# The last word of a clause before the party (自由党 holds 由; 使|蓝白党领导人X能够…; 联合执政的|某党领导人X), a preposition
# that takes it among them (他同|工党领导人X会谈, 以|某党领导人X为首; not 同盟党, 方向党, 反对党).
# (and the kind the party is: 中间党派|蓝白党领导人X)
_CLAUSE_BEFORE_PARTY = re.compile(r".*(?:了|(?<!自)由|被|把|使|让|授权|的|同(?!盟)|(?<!方)向|跟|(?<!反)对|给|以(?!色列)|(?:" + "|".join(PARTY_KINDS) + r")(?=[\u4e00-\u9fff]{1,10}党$))")
_SHORT_PARTIES = ("工党", "绿党")  # parties of many states named by one word before 党 (英国工党, 德国绿党)
_GENERIC_PARTIES = ("执政党", "反对党", "在野党", "共产党", "民主党派", "该党", "本党", "政党", "全党", "我党", "各党", "农工党", "致公党", "国民党")


def _party_clause(text: str, floor: int, s: int) -> str:
    """A party named by the whole clause before 领导人 (激进左翼联盟党|领导人): a foreign party's
    leader, never a Chinese party's nor a generic one's (执政党, 各民主党派)."""
    body = text[floor:s]
    if (clause := _CLAUSE_BEFORE_PARTY.search(body)) is not None:
        body = body[clause.end() :]  # 否决了由|反对党工党领导人X提出的动议: the clause's verb and preposition open no party
    if not (_PARTY.fullmatch(body) or body in _SHORT_PARTIES) or not one_party(body[body.rfind("党", 0, len(body) - 1) + 1 :]) or body.startswith(("中国", "中共")) or body.endswith(_GENERIC_PARTIES) and len(body) <= 4 or any(w in body for w in ("各", "等", "、")):
        return ""
    return body


_EPITHET_TAGS = frozenset({"n", "l", "i", "a", "an", "v", "vn"})
_QUOTED_ONLY = re.compile(r"“([\u4e00-\u9fff]{2,16})”")


def _epithet(word: str) -> bool:
    """Whether a quoted word before a role is what the person is called (“民工”局长, “草根”院长): a plain word or
    idiom of the dictionary, not the name of a body (“国民军”, “全国联盟”)."""
    return lexicons.common_words().get(word, "nt") in _EPITHET_TAGS


_QUOTED_BODY = re.compile(r"“(?P<body>[\u4e00-\u9fff]{2,16})”(?P<rest>[\u4e00-\u9fff]{0,10})$")
_TERM_BODY = re.compile(EDITION_OPENS.pattern + r"[\u4e00-\u9fff]{0,4}(?:委员会|理事会)")


def quoted_title(text: str, floor: int, end: int) -> Title | None:
    """A title whose body is named in quotes, ending at ``end`` (“国民军”领导人, “中宗和”第四届委员会
    主席, 日本“继承和发展村山谈话会”理事长): the quoted name is the body, whatever words it holds;
    after it only a role, or a term of the body (第四届委员会) or a unit the grammar reads; never
    代表 (10名“最美警察”代表: the people an honour names, no post)."""
    s = text.rfind("“", max(floor, end - 32), end)
    m = _QUOTED_BODY.match(text[s:end]) if s >= 0 else None
    if m is None:
        return None
    rest = m["rest"]
    role = "领导人" if rest.endswith("领导人") else (r.group() if (r := role_re().search(rest)) else "")
    unit = rest[: len(rest) - len(role)]
    if not role or role in _NEEDS_BODY or role == "代表" or not (unit == "" or _TERM_BODY.fullmatch(unit) or (org_ok(unit) and not ORG_BAD.search(unit))):
        return None
    if not unit and _epithet(m["body"]):
        return Title(role, "", role, end - len(role), end)  # “民工”局长, “草根”院长: a nickname in quotes, no body; the role alone
    if (country := lexicons.country_before(text, s)) and s - len(country) >= floor:
        s -= len(country)  # 日本“继承和发展村山谈话会”理事长: the state the body is of
    return Title(text[s:end], text[s : end - len(role)], role, s, end)
