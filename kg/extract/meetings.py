"""Meetings the article reports, with date, format, organisers and participants.

Roles come from cue words in the sentence: the persons of a clause before 主持 chair it,
before 讲话/传达/发言 speak, before 出席/参加 attend, before 列席 observe, before 请假 are
absent. A person named inside 受…委托 is not the chair.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from typing import NamedTuple

from kg import grammar, lexicons
from kg.extract.context import Context
from kg.model import Meeting, Participation
from kg.nlp import AGO, ALSO_RITE, CORRIDORS, DIALOGUES, GAMES, GROUP_SITTINGS, NUMERAL, SHOW_WATCHED, DateHit, MeetingHit, PersonHit, ceremony_told_until, chinese_number, foreign_place, rite_of_act, told_again

__all__ = ["chinese_number", "extract", "resolve_date"]

# a sitting with a group (同村干部和村民代表进行了座谈, 与山东大学师生代表座谈), not a 座谈会 nor one's talk
# a sitting recalled, planned or counted (他去年访华时曾与…座谈, 今后将继续与…座谈, 先后4次主持会议，与…座谈): none held that day
_SAT_UNHELD = re.compile(rf"(?<![未不何])曾(?![任担是为获])|回忆|回顾|忆及|追忆|去年|前年|当年|(?<![代日])将(?!近|领|军|士|帅|官)|今后|此后|以后|未来"
                         rf"|(?!一次)(?:(?<![第一二三四五六七八九十百零〇\d]){NUMERAL}|两|多|数|几)(?:次|度)(?![会全])")
_AFTER_IT = re.compile(r"(?:结束)?之?后[，,]")  # 座谈会后，…合影: a time after the sitting, no 座谈会 held of its own
_SAT_NEAR = 3  # sentences within which a 座谈会 told is the sitting's own (召开座谈会，同…座谈; 座谈会上，…), as is the headline's
# (同学校师生代表座谈: 同 and 学校, not the word 同学)
_SAT_WITH = re.compile(r"(同|与)(?!志|胞|行|样|时|期|学(?!校|院|生)|等|步|比|意)(?P<guest>(?:[^，,。；;：:同与]|同(?=志|胞|学|事)){2,40}?)(?:进行了?|举行了?)?座谈(?![会])")
# what one 参加s that is no meeting: work, a struggle, an exam, a scheme, a party or an army
# (参加工作, 参加革命, 参加行使…, 参加医保, 参加中国共产党; not 参加共青团、妇联界委员联组会, a sitting), and a visit joined alone (X参加看望。: the call on someone
# before a meeting, not the meeting; 参加看望和讨论 joins the sitting too)
_NOT_JOINED = (
    "工作|革命|单位|行使|劳动|黑社会|恐怖|培训|考试|高考|抗震|救灾|救援|投票|演练|演习|抗议|医保|基本医疗|志愿|义务|比赛|战斗|抗战|抗日|长征|红军|解放军|共青团(?![^。；;，,]{0,30}?(?:联组会|座谈会|会议))|中国共产党"
    "|(?:看望|慰问|探望)(?:活动)?(?=[。；;，,]|$)"
    "|(?:有关|相关|上述)?(?:考察|调研|视察)(?=[。；;，,]|$)"  # an inspection joined alone (X参加考察。, X参加有关调研。): not a meeting held on it
    "|[^，,。；;的“”会]{0,10}?任务(?=的|[。；;，,]|$)"  # a task joined (参加维和任务, 参加…研制任务的同志)
)
# the words of one who could not or would not attend (X等成员没有出席, 因签证无法出席, 拒绝出席会议)
_DECLINED_WORDS = ("[未不没]", "未能", "无法", "不能", "没能", "没有", "拒绝")
_DECLINED = lexicons.none_before(_DECLINED_WORDS)
# what stands before 与会 of one not (yet) there: the planned words and those of one who could not or would not
_NOT_YET_JOINED = lexicons.none_before((*lexicons.PLANNED_WORDS, *_DECLINED_WORDS, "[拟或]", "计划",
                                        "打算", "准备", "可能", "不会", "确认", "同意", "届时", "将亲自"))
# (each cue behind a guard of its first characters: ``lexicons.guarded``)
_BRIEF_SAYS = re.compile(r"表示|指出|强调|(?:说|建议)(?=[，,：:])")  # words told at a press conference held in the clause before
# how one asks at a hearing (X委员就…等问题提出询问, …分别提问): _CUES' questioner cue, and _ASKS to tell it apart
_DECISION_READ = r"[^，,。；;]{0,80}?(?:决定|命令)(?:》|”|[，,。；;并]|$)"  # what is read out: a decision or an order
_ASKING = r"等?(?:发表意见、)?(?:分别|先后|相继)?(?:提出询问|提问)"
_CUES = (
    ("chair", lexicons.guarded(lexicons.CHAIR_VERB + r"(?:召开)?了?")),
    # (传达 of what one read out there, not of what one passed on to others later: 把…问候传达给了…干部, 传达到每一个党支部)
    ("speaker", lexicons.guarded(
        r"(?:并|作了?|发表了?)(?:重要|专题|动员|总结|主旨|视频|这番|此番|就职)?(?:讲话|演讲)(?!精神)|(?:并|作了?|发表了?)就职演说"
        # (not a broadcast address: X在全国电视讲话中表示, 在广播讲话中, 之后，X发表电视讲话，; nor the speeches one hears:
        # X在听取发言中不时插话; an inaugural address only that
        # day's, not one recalled: 在去年就职演说中提出的…, 回顾了X在2013年就职演说中提出的…)
        r"|在(?:(?!听取|聆听)[^，,。]){0,6}?(?<!电视)(?<!广播)(?:讲话|发言|致辞|演讲)当?中|(?<![曾顾])在(?:宣誓后的|随后的|当天的|仪式上的?|典礼上的?)?就职演说中(?![^，,。；;]{0,12}?(?:提出|阐述|宣布|描绘)的)|(?<![的要])(?<!电视)(?<!广播)讲话(?=[。,，;；]|时|(?:指出|强调|表示)(?!的))"
        r"|传达了?(?![给到])|(?:作|进行)了?(?:交流|表态|主题|主旨|典型|重点|专题|总结)?发言|作了?“[^“”]{1,80}”的(?:大会)?发言|(?<![的])(?<!书面)(?<!要求)(?<!请求)(?<!申请)(?<!听取)(?<!聆听)(?:交流|表态)?发言(?![人稿者])|作了?(?:专题)?辅导|(?:作|进行)了?(?:专题)?讲解|(?:作|发表)(?:了)?(?:题为)?(?:《[^》]{1,60}》|(?<=题为)“[^“”]{1,60}”)的(?:专题|重要|主旨|视频)?(?:辅导|报告|讲座|讲话|致辞|演讲)"
        # reading out a message or an instruction; views given at a deliberation (李希、陈求发等7位代表先后围绕…发表意见)
        r"|宣读了?(?!誓词)(?!" + _DECISION_READ + r")|(?<!没有)(?<![未不])发表了?(?:意见|看法)(?!认为|、提出询问)"
        # remarks at the meeting (出席开幕式并致辞, 致开幕辞, an address to the ranks: 授旗并致训词), not a written message (书面致辞)
        r"|(?:并|发表了?|作了?)(?:视频)?致辞|致(?:开幕|闭幕|欢迎|答谢)辞|致训词"
        # greetings given in person on a body's behalf (X代表中共中央致贺词), not a message sent (向大会致贺词, 互致贺词)
        # (出席大会并代表…; not 会见与会代表，并代表…致贺词 nor …，代表…: the audience's clause; not 曾代表…, a past one)
        r"|(?:(?<=出席|参加)并|(?<=[会议式幕礼])并|(?<![并，,曾])(?<!曾经))代表[^，,。；;向]{2,24}?致贺词"
        # remarks that end their clause: X、Y先后致辞, X代表…致辞, X在开幕式致辞时表示 (not 书面致辞, 新年致辞, 贺信致辞)
        r"|(?<![并作表辞面的要在频信年])(?:先后|分别|相继|也)?致辞(?=[。；;，,]|时|$)"
        # remarks sent to the meeting by video: 古特雷斯通过视频为大会致辞, 向论坛开幕式视频致辞
        r"|通过视频(?:方式)?致辞|(?:为|向)(?:大会|会议|论坛|峰会|年会|开幕式)(?:发表)?视频致辞|通过视频(?:方式)?(?:为|向)(?:大会|会议|论坛|峰会|年会|开幕式)致辞"
        r"|通报了?(?=[^，,。；;]{2,40}?精神)"  # 通报…精神 is told like 传达…精神
        r"|(?<![共来])主讲(?=了?《|[。；;，,]|$)"  # the lecturer of a lecture (X副委员长主讲。, X主讲了《…》), not 主讲人, 主讲嘉宾
    )),
    # not who ought to attend (会议应出席委员2158人, a quorum's count); seated on the platform, in its front row too
    # not who could not, would not or was only due to (因病无法与会, 拒绝与会, 原定与会, 表示将亲自与会, 预计与会, 确认与会)
    # nor who sent someone (感谢X派特使出席就职仪式, 派代表参加: the envoy attends, unnamed); who hears the speeches and
    # speaks then is there (在聆听发言时说; not …中, the chair's 在听取发言中不时插话)
    ("attendee", lexicons.guarded(r"(?<![因应])(?<!因公)(?<!因事)(?<!派特使)(?<!派代表)" + _DECLINED + r"出席|(?<![因应])(?<!因公)(?<!因事)(?<!派特使)(?<!派代表)" + _DECLINED + r"参加(?!了?(?:" + _NOT_JOINED + r"))|参会|" + _NOT_YET_JOINED + r"与会(?=[。；;，,]|$)|到会(?:祝贺|指导|应询|听取(?:发言|意见|建议)|回答询问)|在(?:认真)?(?:听取|聆听)了?[^，,。；;]{0,8}?发言(?:时|后|之后)|在主席台(?:[^，,。；;]{0,8}?席|(?:前|后|第[一二三四五六七八九十]+)排)?就座|陪同(?:会见|接见)|一同(?:会见|接见|看望)(?=[。；;]|$)|(?:会见|会谈|会晤)时在座|(?<![将要])(?:走上|走向|来到)了?(?=(?:部长|代表|委员)通道)"
                             # who is sworn in at a ceremony (X和Y24日在国民代表大会上正式宣誓就职): there
                             r"|(?<=[日号天])在[^，,。；;在前“”]{2,20}?上?(?:正式)?宣誓就职(?=[，,。；;]|$)"
                             # 来到他所在的(十三届全国人大三次会议)湖北代表团，同代表们一起审议…: at the delegation's deliberation
                             r"|来到(?=(?:他|她)?(?:所在的)?[^，,。；;]{2,20}?代表团[，,]?(?:同|与|和)代表们一起(?:参加)?审议)"
                             # who administers the oath (X监誓; 主持并监誓 is the chair's) or opens the event (宣布仪式开始, 宣布博览会开幕, 宣布联欢活动开始;
                             # not an action or a campaign: 宣布地面行动开始, 宣布植树活动开始)
                             # who asks at a hearing (X委员就…等问题提出询问, …问题分别提问, …等发表意见、提出询问): present,
                             # asking is no speech (not 在回答…提问时, nor 在会上提出询问 of members unnamed)
                             r"|(?:(?<=问题)|(?<=等))" + _ASKING + r"(?=[。；;，,]|$)"
                             # who receives a city's key is at its ceremony (X在市政厅接受…城市金钥匙: nlp.CITY_KEY_RECEIVED)
                             r"|(?<![将拟要])接受了?(?=(?:[^，,。；;]{0,24}?(?:授予|赠予|赠送)的)?[^，,。；;的]{0,10}?城市金?钥匙[，,。；;])"
                             # who takes the oath (领誓, 宣读誓词, 领诵誓词, 跟诵誓词): present, reciting it is no speech
                             r"|(?:宣读|领诵|跟诵|诵读)了?誓词|领誓(?=[。；;，,]|$)"
                             # who reads out a decision or an order (宣读表彰决定, 宣读《…关于授予…的决定》): present, as one who
                             # declares a meeting open; the body's act read out is no speech of his
                             r"|宣读了?(?=" + _DECISION_READ + r")"
                             r"|(?<!并)监誓(?=[。；;，,]|$)|宣布(?:(?!推迟|延期|取消|将|于|从|自)[^，,。；;\d]){0,20}?(?:会|会议|仪式|典礼|论坛|展|展览|节|(?:联欢|庆祝|纪念)活动)(?:正式)?(?:开始|开幕)(?=[。；;，,]|$)")),
    # a dialogue of two states held by name with the other side (X在开罗与埃及外长Y举行美埃战略对话): both attend it
    ("dialogue", lexicons.guarded(r"(?:同|与)(?P<with>[^，,。；;同与]{2,30}?)(?:举行|进行)了?(?=[^，,。；;]{0,24}?(?:" + "|".join(DIALOGUES) + "))")),
    # present because they report: only the person in the same clause (会议…,通报… is not one)
    # a formal report or explanation to the meeting (X作的关于…的报告, 代表常务委员会作工作报告)
    # 听取了X作的执法检查组关于…的报告: the report's author may stand before 关于; not …的报告和…审议情况的汇报,
    # a report on the reports (汇报: present, not speaking)
    # (关于…的审计工作报告, …的专项报告, …的中期报告; 分别作的相关专门委员会关于…的报告; X向会议作了财经委关于…的审查结果报告:
    # after 作了 a body's name, not words of what was done: 作了深入调研并形成了关于…的调研报告)
    ("speaker", lexicons.guarded(r"(?:分别|受[^，,。；;]{1,20}委托)?(?<![叫看当称比视])做了?(?:[^，,。；;的作做]{0,6}?审计工作|政府工作|工作)报告(?!会)|(?<![工合写创操动制运协])作了?的?(?:(?:19|20)\d\d年度?)?(?:关于[^，,。；;]{0,60}?的[^，,。；;的]{0,6}?|政府工作|[^，,。；;的作做]{0,6}?审计工作|工作|审议结果的|(?:[^，,。；;的作]{1,8}?工作)?情况的|审查|宣讲|专题|辅导|主题|学术|(?:先进)?事迹)?(?:说明|报告)(?!会|(?:和|有关)[^，,。；;]{0,40}?的汇报)|发了言"
                           r"|(?:分别)?(?:作的(?:相关|有关|[^，,。；;关]){1,30}|(?<![工合写创操动制运协])作了(?:“|(?:相关|有关)?[^，,。；;关并了]{0,26}?(?<!部署)(?:委员会|委|部|厅|局|署|办公室|组|院)))关于[^，,。；;]{0,60}?的[^，,。；;的]{0,6}?(?:说明|报告)(?!会|(?:和|有关)[^，,。；;]{0,40}?的汇报)"
                           r"|分别作的[^，,。；;关]{1,40}?(?:情况|结果)的(?:说明|报告)(?!会)"  # 分别作的代表建议…办理情况的报告
                           r"|(?<![工合写创操动制运协])作的[^，,。；;关的]{1,30}?(?:审议|审查)结果的报告(?!会)")),  # X作的专利法修正案草案审议结果的报告: the bill named, no 关于
    # reporting to the session in one's own clause: X代表执法检查组向会议报告了…, 财政部部长X报告了…情况
    # (the standing committee's work report to the plenary: X代表…常务委员会向大会报告工作)
    ("reports", lexicons.guarded(r"(?<![在作])(?:向(?:会议|大会))?(?:从[^，,。；;]{1,4}方面)?报告了|(?<=[\u4e00-\u9fff])(?<!文章中)(?<!采访中)(?<!专访中)(?<!书中)从[^，,。；;]{1,4}方面回顾了(?=[^，,。；;：:]{0,20}?工作[：:，,。；;])|向(?:会议|大会)报告(?=[^，,。；;]{0,20}?工作[。；;，,])")),
    ("reporter", lexicons.guarded(r"(?:分别|先后|在会上)?(?:作了?)?汇报|通报了?(?![^，,。；;]{2,40}?精神)|作了?(?:[^，,。；;]{0,30}?(?:分析|通报))|介绍了?"
                            # answers at a press conference: 发言人X就…回答了中外记者提问 (not 在回答记者提问时说, said anywhere)
                            r"|(?<!在)回答了?(?:中外|境内外|国内外|现场|在场|香港|澳门|台湾)?记者(?:们)?(?:的)?提问(?!时)")),
    # answers given at a press conference the sentence holds: 国新办举行发布会，部长X就…热点话题进行了回应
    ("answered", lexicons.guarded(r"(?:进行了?|作出了?|作了)回应")),
    # and the words of one named there: 十二届全国人大四次会议今天举行记者会，住房城乡建设部部长X表示，…
    ("briefs", lexicons.guarded(_BRIEF_SAYS.pattern)),
    # present without a role of its own: 绍伊古在会上批评…, 绍伊古也在当天的会议上表示, 邦达列夫今天在索契召开发布会表示,
    # X举行了胜选后的首场新闻发布会 (who holds his own press conference)
    ("present", lexicons.guarded(r"在(?:(?:当天|当日|今天)的)?(?:会上|会议上|大会上|峰会上|论坛上|开班式上|结业式上|开幕式上|闭幕式上|仪式上|[^，,。；;在]{0,30}?(?:发布会|记者会)上|[^，,。；;在]{0,20}?一般性辩论中)(?=[^，,。；;]{0,6}?(?:表示|指出|说|批评|强调|呼吁|敦促|宣布|提出|介绍|感谢|指责|警告|透露|承认|确认))"
                           r"|(?<!主持)(?:召开|举行)(?=了?(?:[^，,。；;并和与同及的]{1,8}的)?(?:首场|首次|例行|联合|专场|专题|紧急)?(?:新闻|记者)?(?:发布会|记者会|吹风会))"
                           # 俞正声代表中共中央对大会的召开表示祝贺: there, not in a letter (在贺信中代表…)
                           r"|(?<![中信电])代表[^，,。；;]{1,20}?对(?:大会|会议|论坛|峰会)的(?:召开|举行|开幕)表示")),
    # present at a meeting the story holds, named in the cue: 张德江在座谈会上强调, X在全省…工作会议上指出
    # (only when the name is one of the held meetings: 在去年的座谈会上 is no presence)
    ("present_named", lexicons.guarded(r"在(?!(?:会|会议|大会|峰会|论坛)上)[^，,。；;在]{1,30}?(?<!发布|记者)(?:会|会议|论坛)上(?=[^，,。；;]{0,6}?(?:表示|指出|说|强调|要求|提出|回顾|介绍|呼吁|指责|警告|透露|承认))")),
    # present, named after the meeting's own clause: 在今天举行的…记者会上，商务部部长X表示
    # (在当天的记者会上，X暗示…: a hint is words said there too); 与会的叙反对派“全国联盟”主席X发表讲话, 在场的日本驻慕尼黑总领事X要求发言
    ("present_after", lexicons.guarded(r"在[^，,。；;在]{0,40}?(?:会|论坛|峰会)上[，,](?=[^，,。；;]{2,30}?(?:表示|指出|说|介绍|强调|暗示))"
                                 # who takes office at its opening (在…联合国大会开幕式上，X正式就任联大主席): there
                                 r"|在[^，,。；;在]{0,40}?(?:开幕式|就职仪式|就职典礼)上[，,](?=[^，,。；;]{2,30}?正式就任)"
                                 r"|(?<![未不没])(?:与会|在场)的|会议召集人[、，,]")),  # 会议召集人、外交部部长X强调: who convenes it
    # the convener who 召开 but does not 主持 attends (FORMAT.md): 习近平召开座谈会, 韩正23日在…召开座谈会
    # (not 倡议召开, 决定召开, 关于召开…的决定草案, 召开的…会议, 多次召开, nor someone named clauses before; 再次召开 is one)
    ("convener", lexicons.guarded(r"(?<!主持)(?<!倡议)(?<!提议)(?<!建议)(?<!决定)(?<!同意)(?<!宣布)(?<!要求)(?<!(?<!再)次)(?<!关于)(?<!为)召开了?(?!的|(?:新闻|记者)?(?:发布会|记者会|吹风会))(?=[^，,。；;]{0,30}?(?:会|论坛))")),
    # who did not attend (X没有出席, 未能参加): no role, and his name is no subject of a later cue (X未出席，会议由Y主持)
    ("declined", lexicons.guarded(r"(?:" + "|".join(_DECLINED_WORDS) + r")(?:出席|参加|与会)")),
    # a written statement is no speech, and its givers take no later cue (X提供书面发言；Y发言)
    # (nor a written statement on arrival, 在机场发表书面讲话, nor words to the press after a ceremony,
    # 欢迎仪式后，习近平对媒体发表讲话)
    ("written", lexicons.guarded(r"(?:提供|提交|作)了?书面(?:发言|讲话)|在机场发表了?书面(?:讲话|声明)|对(?:中外)?(?:媒体|记者)发表了?(?:讲话|谈话)")),
    # not 列席人员名单草案, a document of the session; nor 同列席…会议的代表座谈, whom the subject sat with
    ("observer", lexicons.guarded(r"(?<![同与和跟])列席(?!人员)")),
    ("absent", lexicons.guarded(r"请假")),
    # X与…负责人座谈 in a story of a 座谈会: its host (a sitting of its own when none is named: _audiences)
    ("sat", _SAT_WITH),
    # X说， in a story of a delegation's group deliberation: a deputy deliberating there (_DELIBERATING);
    # so is one quoted after a colon (全国政协委员X：“…”) in a story of the members' group deliberation
    ("deliberates", lexicons.guarded(r"说[，,：:]|[：:](?=“)")),
    # X代表告诉记者, 全国政协委员A、B分享了… in a story of a press corridor held: a deputy, member or minister who
    # speaks there (_corridor_speakers)
    ("corridor", lexicons.guarded(r"告诉(?:记者|大家)|表示|说[，,：:]|介绍|分享了?|讲述了?|透露|认为|公布了?|描绘了?|带来了?")),
    # X常委建议，…；Y委员提出，… after 14位常委和委员…作大会发言: one of the plenary's speakers, told by his seat (_PLENARY_TOLD)
    ("plenary", lexicons.guarded(r"(?<=常委|委员)(?:建议|提出|认为|呼吁|表示)(?=[，,：:])")),
    # A、B代表提出，… in a story of a 座谈会 held: deputies who give their views there attend it (_sat_deputies)
    # (or what they proposed on: A、B代表还对…等提出建议。)
    # (and, in a sentence that opens at the sitting, 座谈会上，专家A、B结合…，就…发表了各自见解: those listed who give views)
    ("deputies", lexicons.guarded(r"(?<=代表)(?:(?:建议|提出|认为|呼吁)(?=[，,：:])|(?:还|也)?(?:就|对)[^，,。；;]{2,40}?提出了?(?:意见)?建议(?=[，,。；;]))"
                                  r"|(?<!代表)(?:分别|先后|相继|纷纷)?(?:结合[^。；;]{2,30}?[，,][^，,。；;]{0,60}?|就[^，,。；;]{2,60}?)"
                                  r"(?:发表了?(?:各自的?)?见解|提出(?!的)了?[^，,。；;]{0,6}?建议)(?=[，,。；;])"
                                  # (and a titled name's bare 建议|提出 in a paragraph that opens at the sitting: 座谈会上，
                                  # 民盟中央主席A建议，…。九三学社中央主席B提出，…: each leader who gives his views attends)
                                  r"|(?<![代表\s\u3000，,。；;])(?:建议|提出)(?=[，,：:])")),
    # 并播放了国际奥委会主席X的致辞视频: a recorded address played there, X speaks (named after the cue) and is not present
    # (an address made for it; not an old speech replayed: 播放了邓小平的讲话录像, …的讲话录音)
    ("played", lexicons.guarded(r"播放了?(?=[^，,。；;]{2,40}?的(?:视频致辞|致辞视频|视频讲话)(?=[。；;，,]|$))")),
    # …与会各国领导人陆续抵达…。他们是：A、B、C: the list after names those at the meeting
    ("listed", lexicons.guarded(r"(?<=。)他们是[：:]|^他们是[：:]", re.M)),
    # 这次晋升上将军衔的军官是：A、B (a promotion ceremony's list): those promoted are at the ceremony
    # (晋升上将军衔警衔的军官警官是：…, of a ceremony for officers of the army and of the armed police)
    ("promoted", lexicons.guarded(r"(?:(?<=[。\n])|^)[ \u3000\t]*(?:这次|此次|本次)?晋升[^，,。；;：:的]{0,6}?军衔(?:警衔)?的[^，,。；;：:的]{0,6}?军官(?:警官)?(?:是|有)[：:]", re.M)),
    # who presents the orders of rank at a promotion ceremony (X向晋升上将军衔的军官颁发命令状): at it, only when the
    # story holds one (_PROMOTION) and the sentence tells no other time (2015年7月，X向他颁发命令状; 回顾了X为他们颁发命令状)
    ("orders", lexicons.guarded(r"(?<![将拟要])颁发了?命令状(?=[。；;，,并]|$)")),
    # 主讲人X认为, 讲座的主讲人是X: who gives the lecture the story tells speaks at it (named after the cue)
    # …习近平、李克强等…一起观看演出 in a story of a show held (nlp.SHOW_HELD_SUBJECT): who watches it attends it
    # (and who walks in escorted, or is escorted on stage: X和夫人Y在A和夫人B陪同下，步入晚会现场)
    ("watched", lexicons.guarded(SHOW_WATCHED + r"|陪同下[，,]?(?:步入|走进|来到)(?:晚会|演出)现场|陪同下(?:走上|登上)舞台")),
    ("lecturer", lexicons.guarded(r"(?:(?<![^。\n；;\s　])|(?<=讲座的)|(?<=》[，,]))主讲人(?:是|为)?(?![与同向对给都也])")),
    # 举行发布会，邀请A，B、C，对…进行解读: the officials invited to brief attend it
    ("invited", lexicons.guarded(r"(?<=(?:发布会|吹风会|记者会|招待会|见面会)[，,])邀请")),
)
# the briefing held in the invitation's own clause, and where the list of those invited ends: the clause
# that tells what they brief on (，对…进行解读, ，介绍…, ，就…回答…)
# (the press conference where answers are given, _BRIEFING_HELD, is also where those invited brief; so are a
# reception and a meeting with the press)
_CONVENES = r"(?:召开|举行|举办)了?"  # the verbs that hold a meeting
_HOLDS = _CONVENES + r"[^，,。；;]{0,20}?"
_HELD_A = _HOLDS + r"(?:发布会|吹风会|记者会)"
_HOLDS_BRIEFING = re.compile(rf"(?:{_HELD_A}|{_HOLDS}(?:招待会|见面会))[，,]$")
_BRIEFING_HELD = re.compile(_HELD_A + r"[，,]")
_LECTURER_TITLED = re.compile(r"[^。；;：:“”]{0,60}")  # 主讲人…所长X: only his titles between the cue and him
_INVITED_UNTIL = re.compile(r"[，,](?:对|就|围绕|介绍|解读|回答|与中外|同中外|向中外)")
_REPLIES = re.compile(r"针对|对于|对此|随即|此前|日前|早前|之前")  # a reply to a press conference (针对…举行记者会，X作出回应)
_PLAYED_WHOSE = re.compile(r"(?P<who>(?:(?!生前|已故)[^，,。；;]){2,40}?)的(?:视频致辞|致辞视频|视频讲话)")  # whose address is played (not the late X's)
# the plenary's speeches told by their count (14位常委和委员围绕…作大会发言): who speaks is told after it, by his seat
_PLENARY_TOLD = re.compile(rf"(?:\d+|{NUMERAL})位[^。；;]{{0,60}}?作了?大会发言")
# the story turns from the plenary to another occasion (另据报道，在昨天的小组讨论中…, 会议间隙, 接受记者采访时): a member's
# words told after it are not his speech at the plenary
_PLENARY_LEFT = re.compile(r"另据|小组讨论|分组讨论|会议间隙|会前|会后|会下|接受[^。；;，,]{0,12}采访")
# what stands between a corridor's speaker and his verb: his seat (X代表, A、B等几位全国人大代表), where (，在通道上),
# adverbs, what about (就…问题, ，就…等问题，) and to whom (和记者们); and between two speakers of one list (A代表和来自澳门的B代表)
_CORRIDOR_TAIL = re.compile(r"(?P<seat>代表|委员|部长)?(?:等(?:[一二两三四五六七八九十几多]+位)?(?P<group>全国人大代表|全国政协委员|代表|委员))?"
                            r"[，,]?(?:在[^，,。；;]{0,8}?通道上)?(?:也|还|则|都|均|同样|首先)*(?:分别|先后|相继)?"
                            r"(?:就[^，,。；;]{1,50}?(?:问题|话题|情况)[，,]?)?(?:和|与|同|向)?(?:中外|现场)?(?:记者们?|大家)?(?:分别)?")
# in a member's sentence, another sitting or time than the story's (明天的小组讨论中, 去年…会议上, 此前, 将): his 发言 is no speech at it
_SPOKE_ELSEWHEN = re.compile(r"明天|明日|后天|昨天|昨日|前天|去年|前年|此前|之前|以前|上次|下次|(?<=[就也还都])曾|曾(?=经|在|于|多次|呼吁|提出|建议|表示|指出|谈到)|(?<![代日])将(?!近|领|军|士|帅|官)|小组讨论|分组讨论|小组会|分组会|小组审议|分组审议"
                             r"|会前|会后|会下|会议间隙|另据|接受[^。；;，,]{0,12}采访|(?:19|20)\d\d年")
_PUNCT = re.compile(r"[，,。；;：:！？!?“]")
_SEATS_SPEAKING = ("委员", "代表", "常委")  # X委员|发言: a member named by his seat right before the cue
_CORRIDOR_JOINT = re.compile(r"(?:代表|委员)?[、和与及](?:来自[^，,。；;]{1,10}?的)?")
_SEATS = ("代表", "委员", "部长")
_DELIBERATING = re.compile(r"代表团分组审议|^分组审议$")  # a delegation's own sitting (nlp.DELEGATION_SITS), the members'
_ARRIVED_TO_ATTEND = re.compile(r"(?:^|[。\n])[^。\n]{0,20}?与会[^。\n]{0,40}?。\s*$")
# between a convener and 召开, words that make it no meeting he held: another clause, a proposal
# (普京提议…领导人召开线上峰会), a past told as such (曾召开, 早在…就召开), a report's subject
# (X作的关于审议召开…会议的决定草案情况的汇报: X reports, the 汇报 cue says so)
_NOT_CONVENED_WORDS = re.compile(r"关于|提议|倡议|建议|呼吁|希望|要求|决定|同意|曾|早在")
_ATTENDED_THEN = re.compile(r"[^，,。；;：:]{2,40}并")  # what one attended, then 并 and his next act
_OBJECT_BEFORE = re.compile(r"看望|慰问|会见|接见|走访|探望|陪同|邀请|听取|同|与|和|向|为|给|对")  # 看望了X，并召开…: X is no subject
_NOT_CONVENED = re.compile(r"[,，;；:：、]|" + _NOT_CONVENED_WORDS.pattern)
_ATTRIBUTIVE_OPENS = re.compile(r"[，,](?:最终|最后|此次|这次|本次|所有|首批)?$")  # a clause opening on 出席/参加…的, its verb further on
# the attendees named after the cue (出席会议的还有X, 出席闭幕会的领导同志还有：X、Y, 出席会议的政治局常委X、Y等全体起立, 出席欢迎仪式的有X等)
_AFTER_CUE = re.compile(r"^(?:[^，,。；;：:的\s]{0,6}?(?P<kind>会议|会谈|会见|会晤|会|学习|活动|仪式|典礼))?的(?:领导同志|领导|同志|嘉宾)?(?:还)?(?:有)?")
# a rite named in that cue (出席颁奖仪式的有, 出席签字仪式的还有), not an opening's (出席开幕典礼的嘉宾有: the meeting's own)
_OWN_KINDS = ("活动", "仪式", "典礼")  # kinds told after a cue (出席活动的X) that name no meeting of another kind
# a games named in that cue (参加奥运会的运动员X、Y): who competed there, at no meeting of a story that names no games
_GAMES_NAMED = re.compile(GAMES + r"$")
_TRIP_TO_ATTEND = re.compile(r"(?:来到|赶到|到|赴|前往)(?P<place>[\u4e00-\u9fff]{2,8}?)$")  # 到北京|出席活动的X: a trip to attend


def _came_elsewhere(ctx: Context, cue: int) -> bool:
    """Whether the cue at ``cue`` follows a trip to a place other than the city or state the sentence of the last meeting
    before it names where it was held (a venue such as 人民大会堂, or no place told: unsure, not elsewhere)."""
    trip = _TRIP_TO_ATTEND.search(ctx.text, max(0, cue - 10), cue)
    last = max((h.start for h in ctx.rec.meetings if h.start < cue), default=None)
    if not trip or last is None:
        return False
    sentence = ctx.text[slice(*ctx.rec.sentences[ctx.rec.sentence_of(last)])]
    held = _HELD_AT.search(sentence)
    return trip["place"] not in sentence and held is not None and _city_or_state(held[1])


def _city_or_state(at: str) -> bool:
    """Whether the place a meeting was held at (``_HELD_AT``) names a city or a state (里昂, 俄远东城市符拉迪沃斯托克), not a venue (人民大会堂)."""
    return at in lexicons.places() or foreign_place(at) or at[0] in lexicons.STATE_ABBREVIATIONS \
        or lexicons.country_re().match(at) is not None
_RITE_NAMED = re.compile(r"(?P<rite>(?!开幕|闭幕)[^，,。；;：:的\s]{0,6}?(?:仪式|典礼))的(?:领导同志|领导|同志|嘉宾)?(?:还)?有")
_OATH_PLANNED = re.compile(r"(?:" + lexicons.PLANNED + r"|计划|按照议程)[^。；;]{0,50}$")  # the oath 监誓 is told of, planned
_ENTRUSTED = re.compile(r"受[^。;；]{1,40}?(?:委托|指派|委派)")  # 受习近平总书记和中共中央指派，宋涛…会见; 受习近平委派，王刚出席…
# who sends an envoy, named before it (习近平主席派特使、王东明出席, 国家主席习近平特使王刚出席, 普京派代表、X出席:
# read from the name's last character, as 普京派 may be read one name)
_SENDS_ENVOY = re.compile(r".(?:[^，,。；;、\s]{0,6}?派(?:特使|代表)|[^，,。；;、\s]{0,6}?特使)|派(?:特使|代表)")
# the sitting entrusts someone for later (并委托X向…大会作说明, 建议，委托X负责主持这两项工作): no role at it
# (not one entrusted to chair this sitting: 委员长X因出访，委托副委员长Y主持会议)
_ENTRUSTS = re.compile(r"(?:(?<=[，,；;。并])|(?<=决定|建议))委托(?![^，,。；;]{1,30}?主持(?:本次|这次)?(?:会议|大会)(?=[，,。；;]|$))[^，,。；;]+")
_MET = re.compile(r"会见了?[^，,。；;：:]+")  # the guests met are no subject of a later 主持 in the sentence
_ESCORTING = re.compile(r"陪同下?$")  # (在X陪同下，会见…: who escorts the host is at the audience)
# a host's words up to the comma that tell only when or where (赵乐际和王东明|12日在人民大会堂，会见…): no act of his own;
# the 在-part a place with no act in it (not 栗战书|在国家大剧院观看文艺演出，王沪宁会见…)
_ONLY_WHEN_WHERE = re.compile(r"(?:\d{1,2}日|今天|昨天|当天)?(?:上午|下午|中午|晚上|晚间)?(?:在(?:(?!观看|出席|参加|会见|会晤|接见|考察|调研|视察"
                              r"|主持|参观|慰问|观摩|听取|看望|检查|举行|访问|出访|发表|签署|座谈|会谈|致辞|讲话|演讲)[^，,；;：:。]){1,15})?")
# 会见了出席…的X, 会见来华出席…的X, 看望了正在参加抢险救灾的官兵: the cue is those met or visited, told before them
_MET_THOSE = re.compile(r"(?:(?:会见|接见|会晤)了?(?:专程)?(?:前来|来华|来京|赴华|来[^。；;，,、的]{1,4}?)?|(?:看望|慰问)了?(?:正在|正)?)$")
# 同 or 与 "with" (not 一同, 共同, 陪同 …, 参与, 给与: an adverb or a verb of its own)
_WITH_WORD = r"(?:(?<![一共陪协会赞认不相连如等])同|(?<![参给赋授])与)"
# 同出席…论坛的代表举行对话会: those he sits with attend it, not he (not 一同, 共同, 陪同 …: an adverb of his own act)
_WITH_THOSE = re.compile(_WITH_WORD + r"(?:前来|来华|来京|赴华|刚刚|刚)?$")  # (同刚刚参加完…论坛的X: X's)
# X(5日)和出席…峰会外方代表团团长夫人共同出席…: 和 after a name joins him to the guests the cue describes, not to its meeting
_AND_THOSE = re.compile(r"(?:\d{1,2}[日号]|[今昨当]天)?和$")
_CLAUSE_END = re.compile(r"[，,。；;：:]")
_JOINT_ADVERB = r"(?:共同|一同|一起|一道)"  # the adverbs that make one's act a joint one
_WITH_HOST_TOO = re.compile(r"^[^，,。；;：:]*" + _JOINT_ADVERB + "$")  # (同…的外方领导人共同出席: the host joins them)
# X同Y一起与…座谈: the two hosts of a sitting (今天在天津同德国总理默克尔一同)
_CO_HOSTS = re.compile(r"[^，,。；;同与和]{0,16}?(?:同|与|和)[^，,。；;同与和]{2,12}?" + _JOINT_ADVERB)
_CLAUSE_MARK = re.compile(r"[，,；;：:]")  # a clause break inside a sentence
_HELD_WITH = re.compile(r"在(?:与|同)(?P<with>[^，,。；;在与同]{2,24}?)(?:共同|联合)?举行的")  # 在与X举行的…发布会上: held with X
_AFTER_EVENT = re.compile(r"(?<![王皇太])后$")  # 在与X会谈后举行的…: X is of the talks before it (not 王后)
_LISTED = re.compile(r"[、和及]")  # between two items of a list (在与X、Y举行的)
_HOSTS_LISTED = re.compile(r"[，,](?=以及|及|还有)")  # a comma that only goes on with a list (A，以及B分别会见…)
_BARE_JOINED = re.compile(r"[等也均还都亦]*")  # a clause of 与会 that names no one of its own (…，也与会)
_CHAIRED_THEN = re.compile(r"[^，,。；;：:“”]{0,30}[，,]")  # the meeting chaired, then a clause with no subject of its own
_BY_WHOM = re.compile(r"由[^，,。；;：:]{0,20}$")  # 会议由X主持: the meeting is the subject of what follows
_RECALLED_CHAIR = re.compile(r"(?:回顾|回忆|追忆|重温)[^，,。；;]{0,30}$")  # 回顾X…主持召开的会议: chaired long ago, recalled
# what one leads that is no gathering, the whole object of 主持 (他正在主持…关于…的调查, 主持起草…文件, 主持日常工作)
_WORK_CHAIRED = re.compile(r"(?:起草|制定|编写|编纂|研制|设计)|[^，,。；;：:会]{0,40}?(?:调查|研究|设计|课题|节目|工作)(?=[，,。；;：:]|$)")
_MANDATED = re.compile(r"受[^。;；，,]{1,40}?委托[，,]\s*(?:[^。;；，,]{0,30}?)$")
# How the reported meeting was held (not a watched 电视电话会议, which is another meeting).
_VIDEO = re.compile(r"以(?:视频|电视电话|网络视频|线上)(?:会议)?(?:形式|方式)|(?:通过|采取)视频(?:会议)?(?:形式|方式)?|视频连线方式"
                    r"|(?<!线下)(?<!线下、)(?:在线|线上)(?:举行|召开|举办)")  # (以线上形式举行, 5日至11日在线举行: online)
_MIXED = re.compile(r"线上线下(?:相结合)?|线下线上|线上[、和与及]线下|线下[、和与及]线上|现场(?:会议)?(?:和|与|\+|＋)视频")
_AT_AUDIENCE = re.compile(r"[^，,。；;]{1,40}?(?:时|期间)[，,]")  # (在会见)X时，
_AT_AUDIENCE_BARE = re.compile(r"[^，,。；;]{1,40}?(?:时|期间)")  # (会见)X时李克强首先转达…: no comma before the host
# (X在…接见)政府军官兵时(谴责…); not 时 that opens a word (世界时装大会, 新时代, 抗战时期)
_DURING_AUDIENCE = re.compile(r"(?P<group>[^，,。；;]{4,80}?)(?:时(?![装代期间刻尚事任速空节令效局评针光髦])|期间)")
_AT_PLACE = re.compile(r"在[^，,。；;在]{0,20}$")
_JOINT_AUDIENCE = re.compile(r"(同|与|和)[^，,。；;同与]{2,40}?(?P<cue>(?:分别)?会见)(?:时|期间|中)")
def resolve_date(hit: DateHit, ref: dt.date | None, anchor: DateHit | None = None) -> tuple[dt.date | None, str | None]:
    """(date, ISO or --MM-DD text) of a date expression, relative to the publication date.

    >>> from kg.nlp import DateHit
    >>> resolve_date(DateHit(0, 0, "3月19日上午", None, 3, 19, "上午"), dt.date(2022, 3, 21))
    (datetime.date(2022, 3, 19), '2022-03-19')
    >>> resolve_date(DateHit(0, 0, "12月30日", None, 12, 30, None), dt.date(2023, 1, 2))[1]
    '2022-12-30'
    >>> resolve_date(DateHit(0, 0, "19日", None, None, 19, None), None)
    (None, None)
    """
    if hit.relative_days is not None:
        if ref is None:
            return None, None
        d = ref + dt.timedelta(days=hit.relative_days)
        return d, d.isoformat()
    year, month, day = hit.year, hit.month, hit.day
    if month is None and ref is None and anchor is not None and anchor.month and anchor.day and anchor.day >= day:
        month, year = anchor.month, anchor.year  # 8日 after the dateline 新华社北京11月8日电
    if month is None:
        if ref is None:
            return None, None
        month = ref.month
        year = ref.year
        if day > ref.day:  # 19日 in an article of the 2nd: last month
            month, year = (month - 1, year) if month > 1 else (12, year - 1)
    if year is None and ref is not None:
        year = ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1
        if year < ref.year and _days_ahead(ref, month, day) <= 7:
            year = ref.year  # 明天（3月11日）, 将于15日: a date just ahead is this year's, not last year's
    if year is None:
        return None, f"--{month:02d}-{day:02d}"
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return None, None
    return d, d.isoformat()


_LASTED = re.compile(r"为期([两一二三四五六七八九十\d]{1,3})天的$")
_CLOSED_ON = re.compile(r"(?:上午|下午|晚上|晚间|晚)?(?:在[^，,。；;]{1,20}?)?(?:圆满|胜利|正式)?(?:闭幕|落幕|落下帷幕|结束)")


def _lasted(ctx: Context, h, date_hit: DateHit | None) -> int | None:
    """Days a meeting lasted, when told as 为期N天的<name><day>(在…)闭幕 (N ≥ 2); not when the day is the news day's
    今天/昨天, which the readers give the meeting (为期三天的…大会今天闭幕: the story of its close, dated that day)."""
    m = _LASTED.search(ctx.text, max(0, h.start - 10), h.start)
    if m is None or date_hit is None or date_hit.relative_days is not None or not 0 <= date_hit.start - h.end <= 1 \
            or not _CLOSED_ON.match(ctx.text, date_hit.end):
        return None
    n = chinese_number(m.group(1))
    return n if n and 2 <= n <= 30 else None


def _days_ahead(ref: dt.date, month: int, day: int) -> int:
    """Days from ``ref`` to month/day of its year (negative when before, large when invalid)."""
    try:
        return (dt.date(ref.year, month, day) - ref).days
    except ValueError:
        return 999


# a quoted name that modifies the activities told after it (书展“全球市场论坛”中国主宾国活动…拉开帷幕): they open, not it
_QUOTED_MODIFIER = re.compile(r"”[^，,。；;“”\s的]{1,12}?活动")


# a title telling of a text published (an article, a book, a year's list), whose meetings are only cited
# (not …出版座谈会召开: a meeting the title tells held)
_BANQUET_HELD_FOR = re.compile(r"为[^。；;]{2,60}?(?<![将拟要])举行了?(?:盛大|隆重)?的?(?P<name>欢迎(?:宴会|晚宴|午宴))")
# (not one planned, recalled or another day's: 将于13日…为X举行, 曾…为X举行, 此前一天，…为Y举行)
_BANQUET_ANOTHER = re.compile(r"将|拟|曾|计划|预计|定于|准备|此前|之前|以前|去年|前年|上次|当年|\d{4}年|前一天|次日|翌日|第二天")


# a sentence that goes on from the talks, audience or summit just told (会谈后，…; 会见结束后，…)
_AFTER_MEETING = r"(?P<after>会谈|会见|会晤)(?:结束)?后[，,]"
_TALKS_THEN = re.compile(r"[\s\u3000]*" + _AFTER_MEETING)
_TOAST = re.compile(r"在(?:致辞|祝酒辞|祝酒词)中(?:表示|说|指出)")
_TOAST_WINDOW = 3  # sentences after the banquet's in which its speeches are looked for


def _banquet_after_talks(ctx: Context) -> re.Match | None:
    """A 为X举行欢迎宴会 whose sentence opens on the talks just told (会谈后，…) and whose speeches follow
    (X在致辞中表示): the banquet held that day, a meeting of its own (not one listed with the talks' other acts)."""
    rec, text = ctx.rec, ctx.text
    for b in _BANQUET_HELD_FOR.finditer(text):
        k = rec.sentence_of(b.start())
        s, _ = rec.sentences[k]
        if rec.in_meta(b.start()) or rec.in_headline(b.start()) or not (o := _TALKS_THEN.match(text, s)) \
                or not re.fullmatch(r"[^，,。；;]*", text[o.end() : b.start()]) or _BANQUET_ANOTHER.search(text, s, b.start("name")):
            continue
        if _toasted(ctx, b, k):
            return b
    return None


def _toasted(ctx: Context, b: re.Match, k: int) -> bool:
    """Whether one of the banquet's hosts or guests (named before its 举行) toasts in the sentences after it, before
    the next that names a meeting (当晚，Z出席…论坛开幕式。Z在致辞中表示: the forum's speech, not the banquet's)."""
    rec, text = ctx.rec, ctx.text
    for a, e in rec.sentences[k + 1 : k + 1 + _TOAST_WINDOW]:
        t = _TOAST.search(text, a, e)
        if any(a <= h.start < (t.start() if t else e) and not _BANQUET.search(h.name) for h in rec.meetings) \
                or _MET_WORD.search(text, a, t.start() if t else e):
            return False
        if t and (who := max((h for h in rec.persons if a <= h.start and h.end <= t.start() and h.via != "byline"), key=lambda h: h.end, default=None)) \
                and not _CLAUSE_END.search(text, who.end, t.start()) and _banquet_side(ctx, b.start("name"), who.name):
            return True
    return False


def _banquet_side(ctx: Context, at: int, name: str) -> bool:
    """Whether ``name`` is a host or a guest of the banquet named at ``at``: written in its sentence before it."""
    return name in ctx.text[ctx.rec.sentences[ctx.rec.sentence_of(at)][0] : at]


def _past_banquet(ctx: Context, hits, p, at: int) -> bool:
    """Whether a role cued at ``at`` that names no meeting is not the banquet's told after the talks: a meeting named
    since (…欢迎宴会。当晚，Z出席…论坛开幕式。…等出席), or words of one neither its host nor its guest."""
    return any(hits[0].end <= h.start < at and not _BANQUET.search(h.name) and not ctx.rec.in_meta(h.start) for h in ctx.rec.meetings) \
        or p.role == "speaker" and not _banquet_side(ctx, hits[0].start, p.person)


def _after_talks(ctx: Context, name: str, hits) -> bool:
    """Whether the meeting ``name`` is a banquet whose sentence opens on the talks just told (会谈后，X为Y举行欢迎宴会)."""
    return bool(hits and _BANQUET.search(name) and _TALKS_THEN.match(ctx.text, ctx.rec.sentences[ctx.rec.sentence_of(hits[0].start)][0]))


def _banquet_told(ctx: Context) -> re.Match | None:
    """The body's 为X举行欢迎宴会 that tells the headline's banquet: a sentence with no plan or recall before 举行,
    whose day, if it tells one, is the body's first (the day the story's banquet is dated)."""
    rec = ctx.rec
    body_dates = [d for d in rec.dates if d.day and not rec.in_meta(d.start)]
    for b in _BANQUET_HELD_FOR.finditer(ctx.text):
        opens = grammar.sentence_start(ctx.text, b.start())
        if rec.in_meta(b.start()) or _BANQUET_ANOTHER.search(ctx.text, opens, b.start("name")):
            continue
        day = next((d for d in body_dates if opens <= d.start < b.start("name")), None)
        if day and body_dates and (day.month or body_dates[0].month, day.day) != (body_dates[0].month or day.month, body_dates[0].day):
            continue
        return b
    return None


_PUBLICATION = re.compile(r"署名文章|单行本|出版发行|(?<![一二三四五六七八九])十大新闻"  # (not 二十大新闻中心)
                          r"|(?:播发|发表)[^《》\s]{0,6}?(?:通讯(?![社员录])|评论员文章|专稿|述评)"  # 新华社播发纪实通讯《…》
                          r"|发表[^《》\s]{0,10}?新年(?:贺词|致辞)")  # the address's text: the year's meetings recalled in it
# (but 王毅同拉夫罗夫举行会谈并发表署名文章 tells the talks held too, outside a book's name: _TITLE)
_TITLE_TALKS = re.compile(r"(?:举行|进行)了?(?:会谈|会晤)|会见")


def _theme_told_apart(text: str, name: str, hits) -> bool:
    """Whether a meeting named only 主题 and its kind (主题边会) follows, at every mention, a quoted theme or a
    conjunction (“…”展览及|主题边会, “…”|主题边会): the tail of titled events, their themes left out, no name."""
    return name.startswith("主题") and all(text[h.start - 1 : h.start] in ("及", "和", "与", "、", "”") for h in hits)


def extract(ctx: Context) -> tuple[Meeting, ...]:
    rec = ctx.rec
    title = ctx.article.title if ctx.article else ctx.doc.title
    if title and _PUBLICATION.search(title) and not _TITLE_TALKS.search(_TITLE.sub("", title)) and not ((head := ctx.headline_meetings()) and any(h.reported for h in head.rec.meetings)):
        return ()  # …发表署名文章, …单行本出版, …十大新闻: the story is a text published, the meetings in it cited
    sittings = _listed(ctx, _sittings(ctx, _restated_below(ctx.text, _about_another([h for h in rec.meetings if not rec.in_meta(h.start)]))))
    starts = {p.start for p in rec.persons}
    def held(h) -> bool:
        return bool(h.reported or _briefs(ctx.text, h) or _scene(ctx, h) or _on_tour(ctx, h) or _sat_told_again(ctx, h)) and _held(ctx.text, h, starts) and not _of_a_past_year(ctx, h) \
            and not _QUOTED_MODIFIER.match(ctx.text, h.end) and not _recalled_this_month(ctx, h) and not _in_a_later_month(ctx, h)

    reported = _group(ctx, [h for h in sittings if held(h) and not _unheld_antecedent(h, sittings, held)])
    reported = {name: hits for name, hits in reported.items() if not _theme_told_apart(ctx.text, name, hits)}
    headline: set[str] = set()
    head = ctx.headline_meetings() if len(reported) != 1 else None
    if not reported and head:
        # 全国国有企业改革座谈会在京召开 over a body that says only 出席会议并讲话, 主持会议
        # (not one the body names only in a cited title: 《…——热烈祝贺…会议胜利闭幕》)
        cited = {h.name for h in rec.meetings if not rec.in_headline(h.start) and _IN_BOOK_TITLE.search(ctx.text, max(0, h.start - 60), h.start)}
        # (a title's 举办 reports one held: 《…》举办网上座谈会, though 举办 in a body may tell a habit or a plan)
        # (so does a briefing that opens the title before a colon, 国家卫生健康委发布会：…, the body telling what it briefed)
        reported = _group(head, [h for h in head.rec.meetings if (h.reported or head.text[max(0, h.start - 2) : h.start] == "举办"
                                                                  or _TITLED_BRIEFING.fullmatch(head.text, 0, h.end + 1))
                                 and _held(head.text, h, {p.start for p in head.rec.persons}) and not _names_one(h.name, cited)])
        headline = set(reported)
    # 习近平出席希腊总统举行的欢迎宴会 over …在总统府为X举行隆重欢迎宴会: the title's banquet, told in the body where it is held
    banquet = _banquet_told(ctx) if headline else None
    in_body = {name: [MeetingHit(banquet.start("name"), banquet.end("name"), name, True)] for name in headline
               if banquet and banquet["name"] == name}
    if len(reported) == 1 and all(_ALSO_ATTENDED.search(ctx.text, max(0, h.start - 40), h.start) for hits in reported.values() for h in hits) \
            and (head := ctx.headline_meetings()):
        # …读书交流活动 in the title over a body that says only 出席并讲话, then 19日下午，X还出席了…讲座: what is told as
        # also attended is another event; the title's is the story's own
        titled = _group(head, [h for h in head.rec.meetings if h.reported and _held(head.text, h)])
        if titled and not set(titled) & set(reported):
            reported = {**titled, **reported}
            headline = set(titled)
    reported = _deixis_merged(reported)
    if reported and all(_DEIXIS.match(name) for name in reported) and (title_ctx := ctx.headline_meetings()):
        # 本次论坛由…举办 under a title 首届“南南人权论坛”在京开幕: the title names the meeting pointed back to
        titled_names = [h.name for h in title_ctx.rec.meetings if h.reported]
        renamed: dict[str, list] = {}
        for name, hits in reported.items():
            kind = _DEIXIS.sub("", name)
            target = next((t for t in titled_names if len(kind) >= 2 and t.endswith(kind)), name)
            renamed[target] = sorted(renamed.get(target, []) + hits, key=lambda h: h.start)
        reported = renamed
    reported = _round_table_whole(ctx, reported)
    if any(_DEIXIS.match(name) for name in reported):
        # 此次论坛是由…举办 left alone, a bare kind after the pointer naming no meeting of the story or its title: never a
        # name (本次亚太经合组织部长级会议 names one by its body)
        reported = {name: hits for name, hits in reported.items() if not (_DEIXIS.match(name) and len(_DEIXIS.sub("", name)) <= 3)
                    and not _points_back_unheld(ctx, name, hits[0].start)}
    for kind in ("欢迎仪式", "欢送仪式"):
        if len(welcomes := [name for name in reported if _is_welcome(name) and _rite_kind(name) == kind]) > 1:
            # 在机场为X举行隆重欢迎仪式 … 参加机场欢迎仪式: one ceremony however its epithets vary (a farewell is another)
            reported[welcomes[0]] = sorted((h for name in welcomes for h in reported.pop(name)), key=lambda h: h.start)
    if not banquet and (banquet := _banquet_after_talks(ctx)) and banquet["name"] not in reported:
        # 会谈后，X和夫人Y为Z和夫人W举行欢迎宴会。X在致辞中表示: a banquet told in a sentence of its own, with its speeches
        reported[banquet["name"]] = in_body[banquet["name"]] = [MeetingHit(banquet.start("name"), banquet.end("name"), banquet["name"], True)]
    welcomes_told = {kind: _welcome_told(ctx, kind) for kind in ("欢迎仪式", "欢送仪式")}
    for kind, told in welcomes_told.items():
        if told and not any(_is_welcome(name) and _rite_kind(name) == kind for name in reported):
            reported[kind] = [MeetingHit(told.start(), told.end(), kind, True)]  # 举行仪式，欢迎X, no one else named at it
    gathering = _gathering(ctx)
    if gathering:  # …欢聚一堂，共迎佳节。…她表示，过去一年，…全会胜利召开: what is said at it is not held in the story
        reported = {name: hits for name, hits in reported.items() if name in headline or not all(_said(ctx, h) for h in hits)}
    if gathering and not reported:
        reported[gathering[0]] = [MeetingHit(gathering[1].start(), gathering[1].end(), gathering[0], True)]
    else:
        gathering = None
    if len(reported) > 1:
        # 委员们…参加分组讨论提出了意见建议 in a story of a 专题协商会: a sitting of the story's meeting, not one of its own
        reported = {name: hits for name, hits in reported.items() if name not in GROUP_SITTINGS}
    said = {name: all(_said_here(ctx, h) for h in hits) for name, hits in reported.items()} if len(reported) > 1 else {}
    if said and not all(said.values()):
        # 会议指出，…五中全会是…召开的一次重要会议; 汪洋指出，中共中央召开中央政协工作会议: named only in what is said at
        # the story's meeting, told elsewhere in its own words, it is cited, not held
        reported = {name: hits for name, hits in reported.items() if name in headline or not said[name]}
    audiences, groups, sittings = _audiences(ctx)
    sat_with = _audience_sat(ctx, audiences, groups, sittings, headline)
    # 会见乍得总统代比 … 习近平强调，中非合作论坛北京峰会圆满落幕: cited in the talks (also when
    # the guest's name was not read: the story opens with the talks)
    if set(audiences) - sittings or _TALKS_FIRST.search(ctx.text, 0, rec.sentences[0][1] if rec.sentences else 0):
        reported = {name: hits for name, hits in reported.items()
                    if name in headline or not all(_said(ctx, h) or _CAME_FOR.search(ctx.text, max(0, h.start - 20), h.start)
                                                   or _CONGRATULATED_ON.search(ctx.text, max(0, h.start - 40), h.start)
                                                   or ctx.text.endswith("对", 0, h.start) and _CONGRATULATED_HELD.match(ctx.text, h.end) for h in hits)}
    reported.update({name: hits for name, (hits, _) in audiences.items()})
    # a brief's own title line (利比亚问题柏林峰会举行) over a paragraph that opens on a meeting held: that one, named twice
    reported = {name: hits for name, hits in reported.items() if not _titles_next(ctx, hits, reported)}
    if not reported:
        return ()
    out = []
    ordered = sorted(reported.items(), key=lambda kv: (kv[0] not in headline, kv[1][0].start))
    # cue roles (主持, 讲话 …) belong to the meeting named in the cue's sentence, else to the first
    # meeting that is not an audience (会见 has no chair)
    titled = {h.name for h in head.rec.meetings} if head else set()
    candidates = [i for i, (name, _) in enumerate(ordered) if name not in audiences]
    # the title says which meeting the story is about: 习近平在中共中央政治局第一次集体学习时强调
    # (not one attended before the story's act: 在出席…峰会后，于22日在上海召开…座谈会 — the sitting is the story's)
    later = [i for i in candidates if not all(_ATTENDED_BEFORE.search(ctx.text, max(0, h.start - 4), h.start) and _THEN_ANOTHER.match(ctx.text, h.end)
                                              for h in ordered[i][1])] if len(candidates) > 1 else candidates
    first = next((i for i in candidates if _names_one(ordered[i][0], titled)), (later or candidates)[0] if candidates else 0)
    # held: the reported mentions, and other mentions of their names (在座谈会上 of …座谈会 held)
    held = [(h.start, h.end) for hits in reported.values() for h in hits] + [(h.start, h.end) for hits in in_body.values() for h in hits]
    held += [(h.start, h.end) for h in rec.meetings if (h.start, h.end) not in held and _names_one(h.name, set(reported) - set(audiences))]
    participants = sorted(_participants(ctx, held) + _heads_speak(ctx), key=lambda sp: (sp[1].mention.start, sp[1].role))
    participants = [(at, p) for at, p in participants if not _at_unread_forum(ctx, p, held)]
    # 李克强、张高丽分别参加他们所在代表团的审议: each at his own delegation's, which one not said
    participants = [(at, p) for at, p in participants if not (p.role in ("attendee", "chair") and _EACH_OWN.match(ctx.doc.text, p.cue.end))]
    if len(ordered) > 1:  # 王刚、赵强分别参加内蒙古、青海代表团审议: several told 分别 at one cue, who at which not said
        participants = _several_each(ctx.doc.text, participants, ordered)
    if len(ordered) > 1:  # X夫人Y，Z分别参加了相关活动 in a story of several events: which each joined is not said
        participants = [(at, p) for at, p in participants
                        if not (p.role == "attendee" and ctx.doc.text.endswith("分别", 0, p.cue.start) and _ALL_ACTIVITIES.match(ctx.doc.text, p.cue.end))]
    # 温家宝、李长春…参加会见: they attend the audience, not a meeting held after it
    talks_titled = bool(title and _TALKS_TITLE.search(title))
    # 金砖国家领导人第十三次会晤…举行。…丁薛祥、王毅等参加会晤: a summit of many told, no talks of two: they attend it
    summit = any(name.endswith("会晤") and name not in audiences for name, _ in ordered) and not any(a.endswith("会晤") for a in audiences)
    joiners = tuple(p for _, p in participants if p.role == "attendee" and (
        p.cue.text in ("陪同会见", "陪同接见") or p.cue.text.startswith("一同") or p.cue.text.endswith("时在座") or _JOINS.match(ctx.doc.text, p.cue.end)
        or talks_titled and _RELATED.match(ctx.doc.text, p.cue.end)) and not (summit and _JOINS_SUMMIT.match(ctx.doc.text, p.cue.end))
        and not _joint_partner(ctx.doc.text, p))
    # X主持会见 (刘延东主持会见): the audience's chair
    joiners += tuple(p for _, p in participants if p.role == "chair" and _CHAIRS_AUDIENCE.match(ctx.doc.text, p.cue.end))
    if audiences and not candidates and title and _AUDIENCE_TITLE.search(title) and not _OTHER_EVENT.search(title):
        # 王沪宁、杨洁篪等出席。 in a story of talks or of a group received (its title says so) and no other meeting:
        # they sat in on them (李强接见…会议全体代表 … 王五出席。)
        # (not after a sentence that tells another event attended: 会谈后，X出席了授予Y…称号的仪式。Z等出席。)
        joiners += tuple(p for _, p in participants if p.role == "attendee" and p not in joiners and _BARE_CUE.match(ctx.doc.text, p.cue.end)
                         and not (p.cue.sentence > 0 and _ATTENDED_ANOTHER.search(ctx.text, *rec.sentences[p.cue.sentence - 1])))
    roles = _roles_by_meeting(ctx, participants, ordered, (set(audiences) - groups) | headline, first,
                              {id(p) for p in joiners if _JOINS_TALKS.match(ctx.doc.text, p.cue.end) or p.cue.text.endswith("时在座") or p.cue.text.startswith(("陪同", "一同"))
                               or talks_titled and _RELATED.match(ctx.doc.text, p.cue.end)})
    roles = _each_at_own(ctx, roles, ordered)
    roles = _each_body_roles(ctx, roles, ordered)
    roles = {i: _lecture_told_on(ps) for i, ps in roles.items()}
    # 同出席…论坛闭幕式的X举行会晤。…Y参加上述活动: the forum only says which guests; who joins the activities told
    # joins the host's, not one named only as the guests' own
    roles = {i: tuple(p for p in ps if not (p.role == "attendee" and _ALL_TOLD.match(ctx.doc.text, p.cue.end)
                                          and _guests_own_event(ctx, *ordered[i], audiences))) for i, ps in roles.items()}
    named_in = {rec.sentence_of(h.start): name for name, hits in ordered for h in hits}
    # 习近平同金正恩在大连举行会晤 … 习近平同金正恩举行会谈: talks of the summit; who 参加有关活动 is at the summit
    summits = [{p.person for p in people} for name, (_, people) in audiences.items() if name.endswith("会晤")]
    related = tuple(p for p in joiners if _RELATED.match(ctx.doc.text, p.cue.end))
    for i, (name, hits) in enumerate(ordered):
        if name in headline:
            hits = in_body.get(name, [])  # the title is not part of the text: no mention, the body's first date
        date_hit = _one_of_two_days(ctx, _date_for(ctx, hits), hits, ordered)
        anchor = next((d for d in rec.dates if d.month and date_hit and d.start < date_hit.start), None)
        if date_hit and hits and _DURING_TOUR.match(ctx.text, rec.sentences[rec.sentence_of(hits[0].start)][0], hits[0].start) \
                and rec.sentence_of(date_hit.start) != rec.sentence_of(hits[0].start):
            date_hit = None  # 7月13日至15日…调研。…考察期间，X接见…: a sitting of the tour told by no day of its own, not the tour's
        date, date_text = resolve_date(date_hit, ctx.reference_date, anchor) if date_hit else (None, None)
        if date_hit is None and hits and ctx.reference_date and (just := _JUST_ENDED.search(ctx.text, max(0, hits[0].start - 8), hits[0].start)) \
                and (ctx.text[just.start() - 1 : just.start()] != "在" or _DAYS_SITTING.search(name)):
            # 刚刚结束的…代表大会 and no date told: the news day; 在刚刚闭幕的…峰会上 is only its scene (it may have closed days
            # before), a day's sitting excepted (在刚刚结束的…第三次全体会上)
            date, date_text = ctx.reference_date, ctx.reference_date.isoformat()
        if date_text and date_text.startswith("--") and (year := _article_year(ctx, name)):
            date, date_text = _with_year(year, date_text)  # 2019年第3次集体学习, no publication date
        end_text = _range_end(date_hit, date, date_text)
        if date is not None and not end_text and hits and (days := _lasted(ctx, hits[0], date_hit)):
            # 为期三天的…对话会6月1号落下帷幕: the day it closed ends it, it began days before
            end_text, date = date_text, date - dt.timedelta(days=days - 1)
            date_text = date.isoformat()
        if date is not None and end_text and hits and name not in audiences:
            restated = _restated(ctx, name, hits, (date, dt.date.fromisoformat(end_text)), roles.get(i, ()), participants, named_in)
            if restated is not None:
                date_hit, (date, date_text), end_text = restated[0], restated[1], None
                roles[i] = restated[2]
        visit = bool(end_text and date_hit and _VISIT.search(ctx.text, *rec.sentences[rec.sentence_of(date_hit.start)])) \
            and not _its_own_days(ctx.text, date_hit, hits)
        # an audience dated by a span whose sentence tells other events too (12月1日至3日在万象出席…仪式，并分别会见了A、B):
        # the trip's days, as a visit's (not 28、29日两天，X与Y举行会谈: the talks' own; two days joined, 21号和22号, are
        # read in the order told, the golds' way)
        trip = visit or (bool(end_text and date_hit and _SPAN.search(date_hit.text) and name in audiences and name not in sittings
                              and not name.endswith("会晤")) and _shares_sentence(rec, date_hit.start, name, ordered)
                         and not _its_own_days(ctx.text, date_hit, hits))
        # 1月23日至30日，艺术团在北京访问演出。…王沪宁会见艺术团主要成员: an audience is one day's, a span the stay's
        trip = trip or bool(end_text and date_hit and _SPAN.search(date_hit.text) and name in audiences and _AUDIENCE_NAMED.match(name))
        if end_text and date_hit and hits \
                and rec.sentence_of(date_hit.start) not in {rec.sentence_of(h.start) for h in hits} \
                and (name not in audiences and not _OPENS_SPAN.match(ctx.text, hits[0].end) or _of_a_gathering(ctx, date_hit, name, ordered, audiences)
                     or name in audiences and _SAT_WITH.fullmatch(name)):
            # 7日至8日，X同Y在大连举行会晤。…X同Y举行会谈: the summit's days, not its talks'; …座谈会22日至23日举行。
            # …主持第二次全体会议: the conference's days, not its sitting's; 14号和15号接连发生两起枪击事件。…召开发布会:
            # the events' days, not the meeting's; 8日至11日…检查。…检查期间，…同地方人大负责同志座谈: the tour's days, not the sitting's
            date = date_text = end_text = None
        if end_text and (name not in audiences or name in sittings) and date_hit and hits \
                and _TOUR.search(ctx.text, date_hit.end, hits[0].start):
            date = date_text = end_text = None  # 16日至17日，汪洋先后到玉树、西宁等地…并主持召开座谈会: a tour's days, not the sitting's
        if name == _SWEARING_IN and date_hit and date_hit.month is None and date_hit.day and ctx.reference_date \
                and date_hit.day > ctx.reference_date.day and date_hit.relative_days is None:
            continue  # (18日电) 拜登20日在国会山宣誓就职: a day still to come, read as last month's, no ceremony held
        if date_hit and date_hit.month is None and date_hit.day and ctx.reference_date and date_hit.day > ctx.reference_date.day \
                and date_hit.relative_days is None and any(_SITTING_BY_DAY.fullmatch(ctx.text, date_hit.end, h.start) for h in hits):
            continue  # (12日电) X14日向…第十次会议作报告, 委员13日以界别联组会议形式讨论: a sitting still to come, none held
        if date_hit and date_hit.month is None and date_hit.day and ctx.reference_date and date_hit.relative_days is None \
                and 0 < date_hit.day - ctx.reference_date.day <= _DAYS_AHEAD_NEAR and not _LAST_MONTH.search(ctx.text, max(0, date_hit.start - 3), date_hit.start) \
                and any(_DATED_THE.fullmatch(ctx.text, date_hit.end, h.start) for h in hits) \
                and _SUPPOSED.search(ctx.text, _sentence_start(ctx.text, date_hit.start), date_hit.start):
            continue  # (20日) 即便协议在23日的峰会上通过: a day just ahead, supposed, a meeting to come (not last month's 23rd)
        if _elsewhen(ctx, date, date_hit, hits) and not (visit and name in audiences):
            continue  # (an audience's date is the trip's, not its own: no sign it is told from elsewhen)
        if end_text and date_hit and hits and (
                _ONE_OF_ACTIVITIES.match(ctx.text, hits[-1].end) and rec.sentence_of(hits[-1].start) == rec.sentence_of(date_hit.start)
                or name in audiences and not _SPAN.search(date_hit.text) and _audiences_in_sentence(rec, date_hit.start, ordered, audiences) > 2):
            # 14日至16日，…举办了“…对话会”、“…”图片展等系列活动; 9日和10日分别会见A、B、C: which day is not said
            trip = True
        if trip:
            # 15日至21日，X出席…领导人非正式会议，对…进行国事访问: the trip's days, not the summit's;
            # 23日至25日对哥伦比亚进行正式访问，在波哥大会见桑托斯: the visit's days, not the talks'
            date = date_text = end_text = None
        parts = tuple(p for p in name.split("暨") if p) if "暨" in name else ()
        ordinal = next((chinese_number(m.group(1)) for m in re.finditer(rf"第({NUMERAL})次", name)), None)
        organizers = tuple(o for p in (parts or (name,)) if (o := _organizer(p)))
        aliases = tuple(sorted({a for h in hits for a in (h.name, *h.aliases) if a != name}))
        own = roles.get(i, ())
        if _is_welcome(name) and hits and _WELCOME.match(ctx.text, hits[0].start) and all(not h.name.endswith("仪式") for h in hits[1:]):
            # a ceremony told only by 举行仪式，欢迎X: roles of sentences that name no ceremony are not at it
            own = tuple(p for p in own if "仪式" in ctx.text[slice(*rec.sentences[p.cue.sentence])])
        elif _is_welcome(name) and hits:
            # …会见普京。X、Y参加上述活动。…在机场举行欢送仪式: those told at the activities before it are not at it
            # (汪洋出席 the talks, then listed at the welcome after them: at it)
            first = rec.sentence_of(hits[0].start)
            named = {h.name for h in rec.persons if h.start >= rec.sentences[first][0] and h.via != "byline"}
            own = tuple(p for p in own if p.cue.sentence >= first or p.person in named
                        or "仪式" in ctx.text[slice(*rec.sentences[p.cue.sentence])])
        if _is_welcome(name):  # 访问期间，X将…出席…论坛并发表演讲: still to come, not at the ceremony
            own = tuple(p for p in own if not _WILL.search(ctx.text[rec.sentences[p.cue.sentence][0] : p.cue.start]))
        if _COUNCIL.search(name):
            own = _reports_heard(own)
        else:
            own = _explained(own, {p.person for _, p in participants if p.role == "speaker" and not _EXPLAINS.search(p.cue.norm)
                                   and named_in.get(p.cue.sentence, name) == name})  # (not a speech told at another sitting)
        if name == _SWEARING_IN and hits:
            # a brief's swearing-in: roles told with it, not those of the next item (…宣誓就职。…X在集会上发表讲话)
            first = rec.sentence_of(hits[0].start)
            sworn = ctx.text[slice(*rec.sentences[first])]
            own = tuple(p for p in own if 0 <= p.cue.sentence - first <= _SWORN_WINDOW and not _AT_ANOTHER.search(
                ctx.text, (a := rec.sentences[p.cue.sentence][0]), max(a, ctx.text.find(p.cue.text, a))) and not (p.cue.sentence > first and (
                    _LATER_ON.search(ctx.text, a, b := max(a, ctx.text.find(p.cue.text, a)))
                    or (o := _SPOKE_AT_PLACE.search(ctx.text, a, b + len(p.cue.text))) and o["place"] not in sworn)))
        own = tuple(p for p in own if not _speech_at_another(p, name) and not _told_in_interview(ctx, p, hits) and not _in_anniversary(ctx, p))
        # X主持并监誓。…X宣布宣誓仪式开始: the chair, who opens what he chairs (not one he chairs elsewhere)
        own = tuple(p for p in own if not (p.role == "attendee" and p.cue.text.startswith("宣布") and any(
            q.role == "chair" and q.person == p.person for q in own)))
        within = name in audiences and not name.endswith("会晤") and any({p.person for p in audiences[name][1]} <= s for s in summits)
        attending = _for_meeting(own, name, tuple(p for p in joiners if not within or p not in related), audiences, groups, ctx,
                                 alone=not candidates) + _welcomed(ctx, name, welcomes_told[_rite_kind(name)] if _is_welcome(name) else None, own)
        if gathering and name == gathering[0]:
            attending += _hosts(ctx, gathering[1], attending)
        if name in in_body and banquet:
            attending += _hosts(ctx, banquet, attending)  # X和夫人在总统府为Y举行…欢迎宴会: its host is at it
            if name not in headline:  # (the guests it is held for, told where the body tells it)
                attending += _banquet_guests(ctx, banquet, attending)
        if _BANQUET.search(name) or _is_welcome(name):  # (a ceremony told as attended: 出席X举行的欢送仪式。Y和夫人Z抵达…)
            attending += _banquet_spouses(ctx, hits, attending)
        if name not in audiences:
            attending += _attends_in_title(ctx, name, attending)
            attending += _holders(ctx, hits, attending)
        if "安理会" in name:
            attending += _council_envoys(ctx, hits, attending)
        if name not in audiences and any(name.endswith(m["kind"]) for m in _ALSO_PRESENT.finditer(ctx.doc.text)):
            # 出席座谈会的党外人士还有…: those named before the list, who spoke there (先后发言), are present too
            attending += _speakers_attend(attending, "发言")
        if (_BANQUET.search(name) or _HOSTED_RITE.search(name) or _is_welcome(name)) and not any(p.role == "chair" for p in attending):
            attending += _speakers_attend(attending)  # 宴会上，X致辞: who speaks at a banquet or a reception is of its company
        if name in sat_with:
            attending += tuple(p for p in sat_with[name] if (p.person, p.role) not in {(q.person, q.role) for q in attending})
        attending = tuple(p for p in attending if not _commemorated(p.person, (name, *aliases)) or _tells_own_deeds(ctx, p, (name, *aliases)))
        if _is_welcome(name) and not attending:
            continue  # 欢迎仪式后，X同Y举行了会谈: the ceremony only dates the talks
        if name.endswith(_SHOW_KINDS):  # (only who watches it is told at a show: no cue of another event's sentence)
            attending = tuple(p for p in attending if p.cue.norm.startswith(_WATCHERS))
        if name.endswith(_SHOW_KINDS) and not attending:
            continue  # …文艺晚会在…举行，近千名市民观看演出: a show watched by no one named, no meeting
        out.append(
            Meeting(
                name=name,
                date=date,
                date_text=date_text,
                part_of_day=_part_of_day(ctx, date_hit, hits) if date_hit and date_text else None,  # (no part of day without its date)
                mode=_stop_mode(ctx.text, hits[0].start) if name.endswith(_TOUR_STOP) else _own_mode(ctx, name, hits, len(ordered) == 1),
                ordinal=ordinal,
                parts=parts,
                organizers=organizers,
                aliases=aliases,
                participants=attending,
                mentions=tuple(ctx.mention(h.start, h.end, "MEETING", "meetings", 0.9) for h in hits),
                date_mention=ctx.mention(date_hit.start, date_hit.end, "DATE", "meetings") if date_hit else None,
                confidence=0.9,
                end_date_text=end_text,
            )
        )
    return _at_its_sittings(tuple(out), set(audiences))


_HOSTED_RITE = re.compile(r"招待会$|会见记者$")  # a reception, a joint press meeting: no chair, its speakers are there
_REMOTE = re.compile(r"视频|书面|线上|连线|贺信|录像")  # 通过视频致辞, 发表书面致辞: spoken from afar, not present


# a speech its cue places at a plenum (习近平总书记在全会讲话中…: the plenum's, cited at another meeting; not 在大会发言中,
# a forum's own plenary)
_SPEECH_AT_PLENUM = re.compile(r"在[^，,。]{0,4}?全会上?的?(?:讲话|发言|致辞|演讲)当?中")
_PLENUM_NAMED = re.compile(r"全会|全体会议")  # (a meeting that is itself a plenum: the speech is its own)


# an interview the story tells after the meeting (记者就此采访了…负责人): what one 介绍s after it is said to the reporter
_INTERVIEW = re.compile(r"(?:记者|本台)[^。；;！？\n]{0,20}?(?:采访|专访)了?")


def _told_in_interview(ctx: Context, p: Participation, hits) -> bool:
    """Whether ``p`` is one who 介绍s (陈锡文介绍说，…) after the story has gone on to interview him or others about the
    meeting: words to the reporter, not a report made at it."""
    if p.role != "attendee" or not p.cue.text.startswith("介绍") or not hits or _PRESS.search(hits[0].name):
        return False  # (a press corridor or conference is where one 接受了记者的采访)
    end = ctx.rec.sentences[ctx.rec.sentence_of(hits[0].start)][1]  # (an interview told in a later sentence)
    after = ctx.norm.to_original(end - 1, end)[1]
    interviews = list(_INTERVIEW.finditer(ctx.doc.text, after, p.cue.start))
    # (会前，X接受了记者采访。座谈会上，Y介绍了…: the story back at the sitting after the interview, Y reports there)
    return bool(interviews) and _BACK_AT_THE_SITTING.search(ctx.doc.text, interviews[-1].end(), p.cue.start) is None


# a sentence that opens at the sitting (座谈会上，…; 在随后的会议上，…): the story back at the meeting
_BACK_AT_THE_SITTING = re.compile(r"(?:^|(?<=[。；;！？\n>]))[\s\u3000]*(?:在)?[^，,。；;！？\n<>]{0,20}?会(?:议)?上[，,]")


# the anniversary a meeting marks (在X为…授旗致训词一周年之际，某部召开座谈会): what X did then, no part in it now
_ANNIVERSARY_CLAUSE = re.compile(r"在[^。；;，,]{2,60}?(?:周年|纪念日)之际")


def _in_anniversary(ctx: Context, p: Participation) -> bool:
    """Whether ``p``'s cue lies inside the anniversary clause of its sentence (在X…致训词一周年之际): the act marked, not one at
    the meeting."""
    s, e = ctx.rec.sentences[p.cue.sentence]
    return any(m.start() <= p.cue.start < m.end() and m.start() <= p.mention.start < m.end() for m in _ANNIVERSARY_CLAUSE.finditer(ctx.text, s, e))


def _speech_at_another(p: Participation, name: str) -> bool:
    """Whether ``p`` speaks in a speech its cue places at a plenum, the meeting ``name`` being none
    (在全会讲话中 cited at a 动员部署会议: given at the plenum, not here)."""
    return p.role == "speaker" and _SPEECH_AT_PLENUM.fullmatch(p.cue.text) is not None and not _PLENUM_NAMED.search(name)


def _speakers_attend(attending: tuple, cue_end: str = "") -> tuple:
    """The speakers of ``attending`` (whose cue ends ``cue_end``) as attendees too, where not one already and
    not one who spoke from afar (通过视频致辞)."""
    have = {(p.person, p.role) for p in attending}
    return tuple(dataclasses.replace(p, role="attendee") for p in attending
                 if p.role == "speaker" and p.cue.text.endswith(cue_end) and not _REMOTE.search(p.cue.text) and (p.person, "attendee") not in have)


_DEEDS = "的?(?:先进|英雄|感人|模范)?事迹"  # (时代楷模X(的)先进事迹报告会: the one whose deeds the meeting tells)


def _commemorated(person: str, names: tuple[str, ...]) -> bool:
    """Whether ``person`` is whom the meeting commemorates (纪念X同志诞辰120周年座谈会, X先生逝世十周年追思会) or
    whose deeds it reports (时代楷模X先进事迹报告会: others report on him): remembered there, never present."""
    who = re.escape(person)
    return any(person in n and re.search(rf"(?:缅怀|悼念|追悼|追思|祭奠){who}|{who}(?:同志|先生|女士)?(?:诞辰|逝世|百年诞辰|{_DEEDS})", n) for n in names)  # (not 纪念X院士从事…五十周年: a living honoree)


# (X生前同事, X的家人) those of his own who tell his deeds; (追授X, X生前, X逝世, X烈士) the dead honoree
_HIS_OWN = re.compile(r"(?:同志|先生|女士)?(?:的|生前|同事|家人|亲属|妻子|丈夫|儿子|女儿|父亲|母亲|学生|战友|事迹|精神)")
_DEAD_HONOREE = r"(?:追授|追记|追认|悼念|缅怀|已故)[^，,。；;]{0,20}?{who}|{who}(?:同志|烈士|先生|女士)?(?:生前|逝世|去世|牺牲|病逝|遗|烈士)"


def _tells_own_deeds(ctx: Context, p: Participation, names: tuple[str, ...]) -> bool:
    """Whether the living one whose deeds a report meeting tells is himself there, its subject (时代楷模X先进事迹报告会…
    X出席报告会并作报告, X和她的同事…先后作报告), not a dead one (X生前同事…作报告, 追授X…) nor in the words of others."""
    who = re.escape(p.person)
    text = ctx.doc.text
    if not any(p.person in n and re.search(rf"{who}(?:同志|先生|女士)?{_DEEDS}", n) for n in names) \
            or re.search(_DEAD_HONOREE.replace("{who}", who), text):
        return False
    return p.mention.end <= p.cue.start and p.mention.text == p.person and not _HIS_OWN.match(text, p.mention.end) \
        and not re.search(r"[。；;，,]", text[p.mention.end : p.cue.start])


# 出席座谈会的党外人士还有A、B: "also present", after the meeting's speakers were named
_ALSO_PRESENT = re.compile(r"出席(?P<kind>[^。；;，,的]{2,12})的[^。；;，,]{0,12}?还有")
# 会见…代表并同他们座谈(交流): the audience and the sitting are one event
_AND_SAT_WITH_THEM = re.compile(r"[^，,。；;]{0,60}?并(?:同|与|和)(?:他们|她们|大家)(?:一起)?(?:进行了?)?座谈(?!会)")


_ATTENDED_BEFORE = re.compile(r"在?(?:出席|参加)(?:完)?$")
_THEN_ANOTHER = re.compile(r"[^。；;，,]{0,4}?(?:之)?后[，,]?[^。；;，,]{0,20}?(?:召开|主持|举行|会见|出席|参加)")
# (the one event told as also attended; or jointly the same day, after the title's: 当天，X同Y共同出席了…开通仪式)
_ALSO_ATTENDED = re.compile(r"(?:还|(?<![\u4e00-\u9fff])当天[，,][^，,。；;]{0,20}?共同)(?:出席|参加)了?[^，,。；;]{0,30}$")
_HELD_TITLE = re.compile(r"举行|召开|开幕|闭幕|举办")


_LECTURE = re.compile(r"(?:专题|辅导|主题)?报告$|讲座$|辅导$|授课$")


def _lecture_told_on(ps: tuple[Participation, ...]) -> tuple[Participation, ...]:
    """A lecturer (作了…的专题报告) the story then tells 介绍了…: what his lecture said, no presence of his own
    (the golds: the speaker only, attending where the text says so)."""
    lecturers = {p.person for p in ps if p.role == "speaker" and _LECTURE.search(p.cue.text)}
    return tuple(p for p in ps if not (p.role == "attendee" and p.person in lecturers and p.cue.text.startswith("介绍")))


def _round_table_whole(ctx: Context, reported: dict) -> dict:
    """A round table named bare (赵强出席圆桌会) in a story whose title names it whole (…圆桌对话会, …圆桌会议): that one."""
    head = ctx.headline_meetings() if "圆桌会" in reported else None
    whole = next((h.name for h in head.rec.meetings if "圆桌" in h.name and h.name != "圆桌会"), None) if head else None
    if whole is None:
        return reported
    hits = sorted(reported.get(whole, []) + reported.pop("圆桌会"), key=lambda h: h.start)
    return {**reported, whole: hits}


def _titles_next(ctx: Context, hits: list, reported: dict) -> bool:
    """Whether a meeting is told only in a line of its own with no sentence (a brief's title: …峰会举行), right over a
    paragraph whose first sentence tells another meeting held: the same one, named as the paragraph names it."""
    text = ctx.text
    lines = {_line(text, h.start) for h in hits}
    if len(lines) != 1 or any(ctx.rec.in_headline(h.start) or ctx.rec.in_meta(h.start) for h in hits):
        return False
    a, b = lines.pop()
    if not _BARE_LINE.fullmatch(text, a, b) or not _HELD_TITLE.search(text, a, b):
        return False
    start = b + len(text[b:]) - len(text[b:].lstrip())
    end = text.find("。", start)
    end = len(text) if end < 0 else end
    return any(h.start >= start and h.end <= end and _HELD_TITLE.search(text, h.end, end)
               for others in reported.values() if others is not hits for h in others)


def _audience_sat(ctx: Context, audiences: dict, groups: set[str], sittings: set[str], headline: set[str]) -> dict[str, tuple[Participation, ...]]:
    """A group received and then sat with (会见…代表并同他们座谈) under a title that names the sitting
    (…同外国专家举行新春座谈会), or a sitting with a group the title's meeting names (同企业家座谈 under
    …出席企业家圆桌会): one event, the title's; its principals go to it and the audience is taken out of
    ``audiences`` (the two are not two meetings)."""
    sat = next(iter(headline)) if len(headline) == 1 else ""
    if sat.endswith("座谈会"):
        name = next((n for n in sorted(groups) if n in audiences and any(_AND_SAT_WITH_THEM.match(ctx.text, h.end) for h in audiences[n][0])), None)
    else:  # (a sitting's name is 同|与 + its guests + 座谈)
        name = next((n for n in sorted(sittings) if sat and n in audiences and len(n) >= 5 and n[1:-2] in sat), None)
    return {sat: audiences.pop(name)[1]} if name else {}


# a sitting named bare, of the story's conference: 张庆黎主持第一次全体会议, 夏宝龙主持第二次全体会议
_BARE_SITTING = re.compile(rf"(?:第{NUMERAL}次)?全体会议|(?:分组|联组|小组)会议|第{NUMERAL}阶段会议")


_SITTING_NUMBER = re.compile(rf"第{NUMERAL}次(?=全体会议$)")


def _at_its_sittings(out: tuple[Meeting, ...], audiences: set[str]) -> tuple[Meeting, ...]:
    """Who chairs or speaks at a bare sitting (…座谈会22日至23日举行。…X主持第一次全体会议) attends
    the story's one conference, whose sitting it is; who speaks there speaks at the conference."""
    sat = [m for m in out if _BARE_SITTING.fullmatch(m.name)]
    whole = [m for m in out if not _BARE_SITTING.fullmatch(m.name) and m.name not in audiences]
    if not sat or len(whole) != 1:
        return out
    if (n := _SITTING_NUMBER.search(whole[0].name)) is not None:
        sat = [m for m in sat if (k := _SITTING_NUMBER.search(m.name)) is None or k.group() == n.group()]  # …第二次全体会议 and
        # 第三次全体会议: two sittings of the conference, the third's speaker not at the second
    have = {(p.person, p.role) for p in whole[0].participants}
    # (not a sitting's chair where the conference is told holding it: …常委会第十一次会议今天举行第一次全体会议，X主持 —
    # he chairs the sitting, no one says he attends)
    told_with = {x.sentence for x in whole[0].mentions}
    joined = {(p.person, role): dataclasses.replace(p, role=role) for m in sat for p in m.participants
              for role in (("attendee", "speaker") if p.role == "speaker" else ("attendee",) if p.role == "chair"
                           and not any(x.sentence in told_with for x in m.mentions) else ())
              if (p.person, role) not in have}
    if not joined:
        return out
    return tuple(dataclasses.replace(m, participants=m.participants + tuple(joined.values())) if m is whole[0] else m for m in out)


_TITLE_ATTENDS = re.compile(r"出席(?P<what>[^，,。；;：:\s]{2,80})")
_CLAUSE_BREAK = re.compile(r"[，,；;：:\s]")


def _attends_in_title(ctx: Context, name: str, have: tuple) -> tuple[Participation, ...]:
    """Who the title says attends the meeting (李克强出席…开幕式并演讲, 汪洋出席…领导小组全体会议) and the body
    has at it only as a speaker or its chair (宣布开幕，并发表…主旨演讲; 主持召开…第21次全体会议): he attends it too.
    The title may leave out the sitting's number (…领导小组全体会议 for …领导小组第21次全体会议)."""
    if not any(p.role in ("speaker", "chair") for p in have) or (head := ctx.headline_meetings()) is None:
        return ()  # (the title's text alone: its names are not read)
    roles: dict[str, set[str]] = {}
    for p in have:
        roles.setdefault(p.person, set()).add(p.role)
    unnumbered = _EDITION.sub("", name)
    out = []
    for m in _TITLE_ATTENDS.finditer(head.text):
        if not (name in m["what"] or unnumbered != name and len(unnumbered) >= 6 and unnumbered in m["what"]) or _WILL.search(head.text, 0, m.start()):
            continue
        clause = _CLAUSE_BREAK.split(head.text[: m.start()])[-1]  # the names written before 出席 in its clause
        out += [dataclasses.replace(p, role="attendee") for p in have
                if p.role in ("speaker", "chair") and len(p.person) >= 2 and p.person in clause and "attendee" not in roles[p.person]
                and p.person not in {q.person for q in out}]
    return tuple(out)


def _of_a_gathering(ctx: Context, date_hit: DateHit, name: str, ordered: list, audiences: dict) -> bool:
    """Whether the days ``date_hit`` tells are those of a summit or conference its sentence first names
    (7日至8日，X同Y在大连举行会晤; …峰会3号至4号在南京举行), not of a visit's audiences (21号和22号…分别会见了…)."""
    k = ctx.rec.sentence_of(date_hit.start)
    first = min(((h.start, other) for other, hits in ordered if other != name for h in hits if ctx.rec.sentence_of(h.start) == k), default=None)
    return first is not None and (first[1] not in audiences or first[1].endswith("会晤"))


_IN_BOOK_TITLE = re.compile(r"《[^》]*$")
_TITLED_BRIEFING = re.compile(r"[^：:，,。；;\s]{2,30}?(?:发布会|记者会|吹风会)[：:]")  # 国家卫生健康委发布会：…
_JUST_ENDED = re.compile(lexicons.JUST_ENDED + "$")
_DAYS_SITTING = re.compile(rf"第(?:{NUMERAL})次全体会议?$")  # one day's sitting of a session


_TOUR_LEAD = re.compile(r"(?:\d{1,2}日(?:至|到)\d{1,2}日|近日|日前)在[^。；;，,]{1,12}?(?:调研|考察|视察)")
_SPOKEN = r"(?:指出|强调|说|表示|要求)[，,：:]"  # the speaking verbs of a sitting's speaker
_AT_SAYS = re.compile("上" + _SPOKEN)
_AT_THEN_SAYS = re.compile(r"上[，,](?P<who>[^，,。；;]{2,6}?)" + _SPOKEN)


def _on_tour(ctx: Context, h) -> bool:
    """A sitting the touring leader speaks at, told by where he speaks in a sentence of its own:
    X5月8日至11日在湖南调研… 。在部分省委党校校长座谈会上，X指出 (not a meeting cited in a commentary,
    whose lead tells no tour)."""
    rec, text = ctx.rec, ctx.text
    first = next((k for k, (s, _) in enumerate(rec.sentences) if not rec.in_meta(s) and not rec.in_headline(s)), None)
    k = rec.sentence_of(h.start)
    lead = text[rec.sentences[k][0] : h.start].strip() if first is not None and k != first else ""
    # (or X在…座谈会上指出, the touring leader its subject)
    said = _AT_THEN_SAYS.match(text, h.end) if lead == "在" else _AT_SAYS.match(text, h.end) if lead.endswith("在") else None
    tour = _TOUR_LEAD.search(text, *rec.sentences[first]) if said else None
    if tour is None:
        return False
    touring = {p.name for p in rec.persons if rec.sentence_of(p.start) == first and p.start < tour.start()}
    return (said["who"] if lead == "在" else lead[:-1]) in touring


def _sat_told_again(ctx: Context, h) -> bool:
    """A bare 座谈会 opening its sentence (座谈会上，…) in the sentences right after a sitting told
    (X同…代表座谈): that sitting, held (the sitting gives way to it: ``_audiences``)."""
    rec, text = ctx.rec, ctx.text
    if h.name != "座谈会" or not text.startswith("上", h.end):
        return False
    k = rec.sentence_of(h.start)
    if text[rec.sentences[k][0] : h.start].strip():
        return False
    lo = rec.sentences[max(0, k - _SAT_NEAR)][0]
    return any(not rec.in_meta(m.start()) and not rec.in_headline(m.start()) and not _NOT_SAT_WITH.search(m["guest"])
               and not _DUE.search(text, rec.sentences[rec.sentence_of(m.start())][0], m.start()) for m in _SAT_WITH.finditer(text, lo, h.start))


_SITTING_OF_SESSION = re.compile(r"(?:联组会|联组会议|分组会议|小组会议)$")


def _scene(ctx: Context, h) -> bool:
    """The story opens at a sitting of the session: (央视网消息：)在科协、科技界委员联组会上，委员们踊跃发言."""
    if not _SITTING_OF_SESSION.search(h.name):
        return False  # 在…西藏工作座谈会上，习近平总书记的重要讲话…: a story of the reactions opens at a meeting past
    first = next((s for s, _ in ctx.rec.sentences if not ctx.rec.in_meta(s)), None)
    return first is not None and ctx.rec.sentence_of(h.start) == ctx.rec.sentence_of(first) \
        and re.fullmatch(r"(?:[^。；;：:]*[：:])?\s*在", ctx.text[first : h.start]) is not None and ctx.text.startswith(("上，", "上,"), h.end)


# (探索在…期间召开…协商会: a practice tried, no sitting told; the verb right after the cue, not 就探索…召开 nor 以“探索…”为主题的X)
# (看望了参加X会议的…委员: the session only places those visited; the sitting joined after it is the meeting;
# 前不久X召开了Y: a meeting recalled, not the story's; 这个月召开的X上: one of this month, no day told, cited;
# 发生在每一次…座谈会上: a habit of every sitting; 在过去几个月中举行了…会议: a vague span before the story)
# (祝贺X成功主持了…峰会: a summit congratulated on, held before the story's audience)
_UNHELD_BEFORE = re.compile(r"(?:祝贺[^。；;，,]{0,16}?(?:成功|胜利|顺利)(?:召开|举行|举办|主持|承办)了?$|即将(?:召开|举行|开幕)的?|即将(?:[^。；;，,\s\u3000]{0,12}?)(?:出席|参加|主持)|待(?:召开|举行)的?|(?:不久前|前不久|本周|此前|早前)(?:[^。；;，,]{0,12}?)(?:召开|举行|举办|闭幕|结束)的|(?:本|这个?)月(?:初|上旬|中旬|下旬|底)?(?:在[^。；;，,]{1,10}?)?(?:召开|举行|举办)的|(?:不久前|前不久)[^。；;，,]{0,12}?(?:召开|举行|举办|参加|出席)了?|每一?(?:次|届)|过去的?(?:几|数|若干)个?(?:月|年|周|星期|天)|(?:不久前|前不久|"+ AGO + r")[，,]|迎接|喜迎|(?:(?<!即)将(?!领(?!导)|[军士帅官])|争取)(?:[^。；;，,\s\u3000]{0,12}?|在[^。；;，,\s\u3000]{1,16}?)(?:出席|参加|主持|直播|举行|举办|召开)|为(?:顺利)?(?:召开|举行)好?|同意[^。；;，,]{0,20}?(?:召开|举行|进行|参加|出席)|(?:也|还|都|将|仍)会(?:在[^。；;，,]{1,16}?)?(?:出席|参加|主持|召开|举行)|关于(?:审议)?(?:召开|举行)|(?:研究|讨论|商定)了?(?:召开|举行)|提交|提请|交付|原定|原计划|放弃|取消|推迟|无法|建议|(?:提倡|倡导)(?!(?:发起|举办|创办|召开|举行)?的)|(?:^|(?<=[，,。：:；;\s“]))我们(?:先后|还|又|也|相继|接连)?(?:召开|举行|举办)了?|(?:探索|尝试)(?:在[^。；;，,]{1,16}?(?:期间)?)?(?:召开|举行|举办)|" + lexicons.COMING_DAYS + r"|可以|上个?月|上周|去年|前年|看望了?(?:参加|出席)|从[^。；;]{2,40}?[，,]到)[^。；;，,\n]{0,20}$")
# only an aim or in preparation, not held: 和谈的焦点之一是举行…对话会议, …对话会议正在积极筹备中, 正在筹备中的…会议
_AIMED_AT = re.compile(r"(?:焦点|目标|目的|任务|重点)(?:之一)?(?:是|在于)(?:尽快|尽早|早日)?(?:举行|召开|举办)$|正在(?:积极|紧张|加紧|抓紧)?筹备(?:之)?中的$")
_IN_PREPARATION = re.compile(r"[^。；;，,]{0,4}?(?:正在|正|仍在)(?:积极|紧张|加紧|抓紧)?筹备(?![^。；;，,]{0,4}?(?:会|组|办|委员会))")
# the meeting something else is likened to, just held: 与刚刚举行的二十国集团汉堡峰会相呼应 (cited, not told)
_LIKENED_TO = re.compile(r"(?:与|同)(?:刚刚|刚)(?:举行|召开|结束|闭幕)的$")
# the guests' own meeting of an audience (会见出席…大会的全体代表, 会见在华出席…峰会的X, 会见在金边出席…外长会的X): not held in the story, unless the story then tells it by
# its bare kind as chaired or attended (X主持大会, Y参加会见并出席大会; _told_held_after)
_MET_ITS_GUESTS = re.compile(r"(?:会见|接见)了?(?:专程)?(?:前来|来华|来京|赴华|应邀|在华|在京|在[\u4e00-\u9fff]{1,4}?)?(?:出席|参加)[^。；;，,\n]{0,20}$"
                             r"|(?:会见|接见)了?(?:专程)?(?:前来|来华|来京|赴华)(?:举行|主持|共同主持)$"  # 会见来华举行…委员会会议的X: what he came for
                             r"|(?:同|与)[^。；;，,\n]{1,20}?(?:及|和|以及)(?:前来|应邀)?(?:出席|参加)[^。；;，,\n]{0,20}$")  # 同X夫妇及出席…峰会的各国领导人一起…
# the guests invited, named by the meeting they attend (X邀请出席…峰会的领导人夫人观看…; not 应X邀请参加了…招待会, attended)
_INVITED_ITS_GUESTS = re.compile(r"(?<![应受])邀请(?:前来|来华)?(?:出席|参加)[^。；;，,\n了]{0,20}$")
# a group of guests met, listed after others and described by the meeting they attend (会见A、出席…论坛外方智库代表、
# 出席…会议外方部长和代表团团长): as _MET_ITS_GUESTS (not …领导人峰会, …部长级会议: a longer name)
_ATTENDING = re.compile(r"(?:出席|参加)了?$")
# the guests, then what the host does with them (同出席…大会的外方领导人夫妇共同出席…活动): the meeting only names them
_WITH_ITS_GUESTS = re.compile(r"(?<![共一])(?:同|与)(?:前来|应邀|来华)?(?:出席|参加)[^。；;，,\n]{0,20}$")
_TOGETHER = re.compile(r"的[^。；;，,、\n的]{0,10}?(?:领导人|嘉宾|代表|外宾|政要)[^。；;，,、\n]{0,4}?" + _JOINT_ADVERB)
_MET_LISTED = re.compile(r"(?:会见|接见|看望|慰问)了?[^。；;，,\n]{1,90}?、(?:前来|来华)?$")
# (the group opens at 的 or at its side, 外方智库代表, and crosses no 并 nor verb: 出席了…大会并会见与会代表 is no guest)
_THOSE_MET = re.compile(r"(?:的(?:(?!会见|接见|看望|慰问)[^。；;，,、\n的并和及]){0,8}?|(?:外方|中方|中外|外国|各国|各方|全体)[^。；;，,、\n的并和及]{0,4}?)?(?:代表(?![团大会])|嘉宾|外宾|政要|代表团团长|团长|领导人|部长)"
                        r"(?![^。；;，,、\n]{0,6}?(?:会议|峰会|会晤|论坛|大会|级))")
_KIND_TOLD_HELD = told_again("大会|会议|论坛|年会|峰会")
# a briefing on one's attending it: 吹风会，介绍X出席…峰会的相关情况 (the summit to come, unless told held after it; not
# 介绍了出席…峰会的中外嘉宾, the guests introduced at it)
_BRIEFED_ON = re.compile(r"介绍(?!了?(?:出席|参加))了?[^。；;，,]{1,16}?(?:出席|参加)了?[^。；;，,\n]{0,20}$")
# a briefing on one's having attended it: 介绍了出席…会晤并访问…有关情况 (介绍了出席 right before, 情况 after it in its clause)
_BRIEFED_ON_ITS = re.compile(r"介绍了?(?:出席|参加)了?$")
_ITS_STORY = re.compile(r"(?:并[^。；;，,]{1,16}?)?的?(?:有关|相关)?情况")
# a meeting told within a report on it: 分别介绍了…，顺利召开全国代表大会、完成换届工作情况 (介绍 before, 情况 after, in the sentence;
# not one told with its own day: 介绍了水利部昨天召开防汛抗旱工作会议…的情况, held that day)
_BRIEFED_HELD = re.compile(r"介绍了?(?:(?![今昨前]天|\d{1,2}[日号])[^。；;：:“”]){1,40}?(?:召开|举行|举办)了?$")
_ITS_STORY_AFTER = re.compile(r"[^。；;“”]{0,30}?情况")
# days before the story, vaguely counted, recalled as background: (就在)几天前，X主持召开… (nlp.AGO counts weeks and more;
# 两天前，…座谈会在上海召开 tells its day and is held, the golds' way)
_DAYS_AGO = re.compile(r"(?<![\d一二三四五六七八九])(?:十|二十)?(?:几|数|多)天前[，,][^。；;，,\n]{0,20}$")  # (十几天前, 二十多天前 too)
# many bodies holding meetings of a kind, none named: 部分省区市召开党委常委扩大会议、理论中心组学习会, 各民主党派、工商联成功召开全国代表大会
# (not one meeting they hold together, or in one place: …等多个部门今天联合召开新闻发布会, 各民主党派中央今天在京召开座谈会)
_MANY = ("各", "部分", "一些", "多个", "许多", "不少")
_MANY_HOLD = re.compile(r"(?:" + "|".join(_MANY) + r")(?:省区市|省市区|省份|省市|地区|地方|城市|部门|单位|地市|市县|市州|民主党派)"
                        r"(?:(?!联合|共同|在京)[^。；;，,\n]){0,8}?(?:召开|举行)了?(?:[^。；;，,、\n]{2,24}、){0,4}$")
# a sentence that opens on weeks or months ago (一个月前，X被评为…，到北京参加了表彰大会): an earlier one, cited, however
# many clauses on (as _UNHELD_BEFORE's AGO in the clause before; not when the story's own time is told again: 如今, 12日)
_AGO_OPENS = re.compile(r"(?:^|[。；;！？\n])[\s\u3000]*(?:不久前|前不久|" + AGO + r"|[^。；;！？\n，,]{0,28}?(?:大会|全会|两会|[一二三四五六七八九十]大)(?:闭幕|结束|落幕)(?:之?后)?不久)[，,]"
                        r"(?:(?![今昨前]天|今日|今年|本月|当天|如今|现在|目前|近日|日前|\d{1,2}[日号])[^。；;！？\n]){0,60}$")  # (党的十九大闭幕不久，江西省委召开…: soon after another, undated; a congress or plenary closed, not 会谈结束后不久, 开幕式结束后不久: the same day's)
# all of a kind of body told holding one each (所有省局党委都于8月份…召开了民主生活会, 各级党组织均召开了…): many, none named
# (not the 都 of a word: 各成员国外长在埃及首都开罗召开紧急会议, 在成都举行)
_ALL_HOLD = re.compile(r"(?:所有|全部|各)[^。；;，,\n]{1,16}?(?:(?<![首成京国古旧帝故建定迁])都(?![市城])|均)[^。；;，,\n]{0,30}?(?:召开|举行)了?(?:[^。；;，,、\n]{2,24}、){0,4}$")
# what is required of those who are to hold one (…要快速反应，最迟应在24小时内举行新闻发布会; 必须召开…): a rule, none held
# (not 应X要求举行, 应邀: held at a request)
# (nor 应X申请/提议, 应约; nor the surname: 检察长应勇主持召开…, _held's names)
_REQUIRED = re.compile(r"(?:(?<![响适反相供答效回])应(?:当|该)?|必须|务必)(?![对用急届邀约])(?:(?!要求|请求|邀|倡议|之约|申请|提议)[^。；;，,\n]){0,16}?(?:召开|举行|举办)$")
# localities counted, each holding its own (…的2878个县(市、区)和33281个乡(镇)选举出…代表，召开了新的一届人民代表大会会议):
# a sitting in each, none named (not one they hold together: 3个县联合召开…, 五个市在京举行…; nor their officials
# counted, who sit together: 5个省的分管副省长召开推进会)
_COUNTED_HOLD = re.compile(r"(?:\d+|[两二三四五六七八九十百千万]+)多?个(?:省|自治区|直辖市|县|乡|镇|村|市|区|地市|市县|市州)(?!的)"
                           r"(?:(?!联合|共同|在)[^。；;\n]){0,60}?(?:召开|举行)了?(?:[^。；;，,、\n]{2,24}、){0,4}(?:新一届|新的一届|本级|各自的?)?$")
# called for, hoped or planned, not held: 呼吁尽早在日内瓦召开…, 期待着来华出席…峰会 (not 加尼呼吁召开的…会议3日闭幕)
# (also one proposed for soon: 尽早召开二十国集团卫生部长会议, 适时举办…高级别会议; one pushed for: 推动召开…会议)
_WISHES = r"呼吁|希望|期待|计划|准备|拒绝"
_CALLED_FOR = re.compile(r"(?:" + _WISHES + r")[^。；;，,\n的]{0,12}?(?:召开|举行|出席|参加)[^。；;，,\n的]{0,8}$"
                         r"|(?:尽早|尽快|早日|适时)(?:召开|举行|举办)$"
                         r"|(?:推动|促成)(?:尽早|尽快|早日)?(?:召开|举行|举办)[^。；;，,\n的]{0,8}$"  # (not 为推动工作落实召开…: the aim of one held)
                         r"|致力于(?:召开|举行|举办)[^。；;，,\n]{0,16}$"  # 致力于召开由各方参加的…会议: worked towards, not held
                         # 期待着同X会晤，出席…论坛: a second hope in one list under 期待 (not 期待各方…，出席…的嘉宾, a clause of its own)
                         r"|期待着?(?:同|与)[^。；;，,\n]{1,20}?(?:会晤|会谈|会见)[，,](?:出席|参加)$"
                         # 期待论坛定期举办，并举行有关后续会议: a second hope joined by 并 under one 期待
                         r"|期待[^。；;！？\n]{1,30}?[，,]并(?:召开|举行|举办)(?!了)[^。；;，,\n的]{0,8}$")
# ordered to be convened, told by whom: 指示最高国家安全委员会10日晚召开紧急会议, 责成市政府召开… (not 按照X指示召开:
# held as ordered, nor 安理会应英国要求举行紧急会议, nor 按照…要求，…召开 in a clause of its own)
# a hope to be met by attending it, in a clause after the hope (期待着同瑞方…，充实…，通过出席…年会和访问…): to come
_HOPED_BY = re.compile(r"(?:" + _WISHES + r")[^。；;！？\n]{0,60}?[，,]通过(?:出席|参加)$")
# what one's attendance is believed to bring (相信X此次出席峰会将为…作出贡献): a trip still to come
_BELIEVED_TO_BRING = re.compile(r"(?:相信|预计|预期)[^。；;！？，,\n]{0,20}?(?:出席|参加)$")
_BRINGS = re.compile(r"[^。；;，,！？\n]{0,12}?将")
_ORDERED = re.compile(r"(?<!按照)(?<!根据)(?<!遵照)(?<!落实)(?<!应)(?:指示|责成|命令|下令|要求)(?!的)[^。；;，,\n的]{2,24}?(?:召开|举行)了?$")
# what a document asks for, in the sentence that quotes it: 《方案》强调，…要…召开专题民主生活会; 通知要求，…召开…
# (the kinds of meeting others are to hold, none held in the story); 公告说，在…召开…期间…: what a notice recalls
_DOCUMENT_ASKS = re.compile(r"[\s\u3000]*(?:《[^》\n]{1,40}》|(?:该|这一?)?(?:方案|意见|通知|规划|纲要|办法|条例|准则|实施细则))"
                            r"[^，,。；;：:\n]{0,6}?(?:强调|要求|提出|明确|规定|指出)[，,：:]|[\s\u3000]*(?P<notice>(?:该|这一?)?公告)(?:说|称|指出)[，,：:]")
# (but a sitting the notice tells held that day, in its first clause: 公告称，…第八次会议今天在北京举行)
_NOTICE_TODAY = re.compile(r"[^，,。；;！？\n]*?(?:今天|今日)")
# 应X要求: held at the request of X (not 应当/应该 nor a word ending in 应: 响应, 适应, 反应)
_AT_REQUEST = re.compile(r"(?<![响适反相供答效回])应(?![当该对用急届])[^。；;，,\n]{1,12}$")
# due to attend it after a trip told first, in one clause: X即将访问A、B、C并出席…峰会, 即将出访/前往A、B三国…并出席…
# (_UNHELD_BEFORE takes 即将…出席 within 12 characters only); not 即将离任的X…前往…并出席: 即将 that tells of the
# person, with 的 before the trip
_DUE_AFTER_VISITS = re.compile(r"即将[^。；;，,\n的]{0,24}?(?:访问|出访|前往|赴)[^。；;，,\n]{0,60}?并(?:出席|参加|主持)(?:在[^。；;，,\n]{1,12}?(?:举行|召开|举办)的)?$")  # (…并出席在塔什干举行的…)
# one the story's event follows on, told as its background: 继10月9日在京召开…动员部署会之后，…巡视组完成进驻 (and
# 这是继…论坛之后的又一次…会议; 继本月14号的首轮圆桌会议后，新一轮…): 继 in the clause before, 之后/以后/后 right after
# (not the 继 of 继续/继承/继而/相继/后继: 继续主持召开…会议后 and 相继召开…后 tell one held)
_FOLLOWS_ON = re.compile(r"(?<![相后])继(?![续承而])[^。；;，,\n]{0,30}$")
_FOLLOWED = re.compile(r"之后|以后|后(?![方面台])")
# why the guest came, told as 是应…邀请…的: 亚伊总统是应X的邀请，出席在北京举行的…会议开幕式并来华访问的 (no meeting the story tells)
_CAME_TO = re.compile(r"是应[^。；;]{1,30}?邀请[，,]?[^。；;]{0,20}?(?:出席|参加)了?(?:在[^。；;，,]{1,12}?举行的)?$")
# welcomed to it, the purpose of a trip: 欢迎X对塔方进行国事访问并出席…峰会, 热烈欢迎X来乌出席…会议 (said at the arrival
# or an audience on the way; not 欢迎出席…的代表, a guest's own: _GUESTS_OWN)
_WELCOMED_TO = re.compile(r"欢迎(?![^。；;，,]{0,30}?(?:今天|今日|昨天|\d{1,2}[日号]))[^。；;，,的]{1,30}?(?:出席|参加)$")
# (…为X胜利召开作准备, …会议召开在即: X is still to come; 委员长会议关于提请审议…的议案: its bill, the meeting its proposer)
# (…会议的各方应当/各国代表团将…: what those attending it should or will do, said, no sitting told held; 出席…会议的
# 香港代表团，今天下午…举行全体会议: the delegation's own sitting told, the session its setting)
_UNHELD_AFTER = re.compile(r"关于提请|[^。；;，,]{0,4}?(?:早日|尽早|尽快)(?:召开|举行|举办|开幕|重启)|(?:、[^。；;，,、]{2,20}?)*[^。；;，,]{0,6}?(?:即将|将)(?:[^。；;，,]{0,8}?(?:开始|陆续))?(?:召开|举行|开幕)|[^。；;，,]{0,8}?(?:被|已|宣布)取消|[^。；;，,]{0,8}?(?:推迟|延期)(?:举行|召开)|[^。；;，,]{0,8}?(?:召开|举行|举办|闭幕|落幕)(?:之后|以后|以来|后[，,]|" + rf"(?:{NUMERAL}|两|半)多?个?(?:年|月|周|星期)多?(?:来|以来))|" + rf"[^。；;，,]{{0,12}}?讲话(?:{NUMERAL}|两|半)多?个?(?:年|月)多?(?:来|以来)|" + r"前的|(?:召开|举行)的|[^。；;，,]{0,4}?(?:召开|举行|举办)(?:作|做)好?(?:各项)?准备|(?:召开|举行|举办|开幕)在即|(?:(?:、|和|及|与)[^。；;，,、的]{2,20}?(?:会|会议|论坛|峰会))*的(?:召开|举行|举办)(?!地)|的(?:首批)?(?:(?:\d+|[数几两一二三四五六七八九十百千]+)[多余]?(?:位|名))?(?:中外|外方|外国|各国)?代表(?!团)|的(?:各|[\u4e00-\u9fff]{2,12}?)代表团[，,]?(?:[^。；;，,]{0,24}?)(?:召开|举行)(?:了)?(?:全体会议|会议)|的(?:政协)?委员列席|的(?:各方|各国)(?:代表团?|领导人|外长)?(?:应当|应该|应|将|要(?!求)|需要)|[^。；;，,]{0,20}?情况的(?:书面)?(?:报告|汇报)")


# on the eve of it, still to come: 在出席…会晤，对巴西…进行国事访问并出席…会晤前夕，X接受…采访 — 前夕 closes the
# 在-phrase, with no clause break after the meeting but the visit's (，对…), and is no holiday's eve
# (出席…表彰大会并讲话，值此“五一”国际劳动节即将到来前夕, 座谈会，围绕国庆前夕的…)
_AT_EVE = re.compile(r"在(?:(?!在)[^。；;]){0,80}$")
_EVE_OF = re.compile(r"(?!上|时|期间)(?:(?!在|值此|时值|正值|适逢)(?:[^。；;，,]|[，,](?=对))){0,80}?(?<![节日旦])(?<!国庆|春节|周年|到来|来临)前夕")
_CLAUSE_OPENS = re.compile(r"(?:^|[。；;，,：:\n])[\s\u3000]*$")  # nothing of the clause before the meeting


# one of the ways a thing is done, listed: 通过开展谈心、召开座谈会、家访干部职工等形式听取意见 (no meeting told)
_MEANS_BY = re.compile(r"(?:通过|采取|采用|利用)[^。；;，,]{0,30}$")
_MEANS_HELD_BY = re.compile(r"通过(?:举行|召开|举办|开展)了?$")
# the kinds held after 通过召开: one or more, the list closed by 等 or not (…报告会|、座谈会，, …座谈会|、推进会等，, …村民大会|，)
_KINDS_LISTED = re.compile(r"(?:、[\u4e00-\u9fff]{2,6}?(?:会议?|论坛|讲座|活动))*等?[，,]")
_MEANS_LISTED = re.compile(r"[^。；;，,]{0,30}?等(?:多种|各种)?(?:形式|方式|途径|渠道|手段|活动)")  # (通过举行研讨会等活动，让…)


def _on_its_eve(text: str, h) -> bool:
    """在出席…会晤前夕, …大会召开前夕，…: a meeting still to come (_EVE_OF, tried only where 前夕 follows, then
    _AT_EVE, or the meeting opening its clause)."""
    return text.find("前夕", h.end, h.end + 82) >= 0 and bool(_EVE_OF.match(text, h.end)) \
        and bool(_AT_EVE.search(text, max(0, h.start - 80), h.start) or _CLAUSE_OPENS.search(text, max(0, h.start - 4), h.start))


def _one_of_the_means(text: str, h) -> bool:
    """通过…、召开座谈会、…等形式: a way of doing something, listed (_MEANS_LISTED, tried only where 等 follows, then _MEANS_BY);
    通过举行报告会、座谈会，…, 通过召开村民大会，…: the kinds held after 通过, none named (_MEANS_HELD_BY, _KINDS_LISTED)."""
    return text.find("等", h.end, h.end + 31) >= 0 and bool(_MEANS_LISTED.match(text, h.end)) \
        and bool(_MEANS_BY.search(text, max(0, h.start - 30), h.start)) \
        or bool(_MEANS_HELD_BY.search(text, max(0, h.start - 6), h.start) and _KINDS_LISTED.match(text, h.end))


def _told_held_after(text: str, h) -> bool:
    """Whether the guests' meeting of an audience is told again by its bare kind as chaired or attended within the
    next three sentences (Y参加会见并出席大会), not as planned, hoped or in someone's words (他将于下月出席会议,
    外方代表表示，很高兴来华出席年会)."""
    until = text.find("。", h.end)
    for _ in range(3):
        until = text.find("。", until + 1) if until >= 0 else -1
    for k in _KIND_TOLD_HELD.finditer(text, h.end, until + 1 if until >= 0 else len(text)):
        s = k.start("kind")
        if h.name.endswith(k["kind"]) and not (_UNHELD_BEFORE.search(text, max(0, s - 30), s) or _CALLED_FOR.search(text, max(0, s - 30), s)
                                               or _PLANS.search(text, max(0, s - 120), s)
                                               or _SAYS.search(text, text.rfind("。", 0, s) + 1, s)):
            return True
    return False


# a subject that will go and attend, its clauses between (他们将带着…嘱托，肩负…使命，光荣地出席…大会): still to come
# (the future of the one who goes: not 同意将/愿将/已将/把…/老将, nor 将 disposing of an object, 将X提升至…/推向…; the last
# clause names no one else: 会谈结束后，李克强出席… — only a manner or a trip, 光荣地, 随后赴达沃斯)
_WILL_GO_ATTEND = re.compile(r"(?<![即代日老意愿已把])将要?(?![近领军士帅官])(?![^。；;，,！？\n]{0,24}?(?:提升|提高|推向|推进|推上|推到|打造|建成|列入|纳入|作为|视为|定为|列为|改为|落到|转化|融入))"
                             r"[^。；;！？\n将]{1,30}?[，,](?:[^。；;，,！？\n]{1,20}?[，,]){0,2}(?:[^。；;，,！？\n]{0,4}?地|(?:随后|然后|并|还|再|也)?(?:赴|前往)[^。；;，,！？\n]{1,6}?)?(?:出席|参加)$")


# a sentence that opens on a day to come and tells what someone will do then (本台消息：明天上午，X将迎接…，主持…会议);
# no clause of today or yesterday between the 将 and the meeting (明年，我国将迎来…，今天召开的…会议: held today)
_COMING_DAY_PLAN = re.compile(r"(?:[^。；;！？\n：:]{0,12}[：:])?[\s\u3000]*(?:" + lexicons.COMING_DAYS + r")[^。；;！？\n]{0,60}?(?<![代日])将(?![近领军士帅官])"
                              r"(?![^。；;！？\n]*?[，,][^。；;！？\n，,]*?(?:今天|昨天|今日|昨日))[^。；;！？\n]*$")

# a speech published now, the sitting it was given at only its occasion (…全文发表X在与…座谈时的重要讲话): the verb in the
# sitting's own clause, never one done before it (在发表主旨演讲后，又在与…座谈时的讲话中: the sitting held)
_SPEECH_PUBLISHED = re.compile(r"(?:发表|刊发|刊登|刊载|播发|出版)[^。；;！？\n，,后]{0,40}?在$")
_OCCASION_OF_SPEECH = re.compile(r"时所?(?:发表)?的(?:重要)?(?:讲话|谈话|指示)")  # (在会见X)时的重要讲话: the occasion of a speech


def _held(text: str, h, names: frozenset[int] | set[int] = frozenset()) -> bool:
    """False for a meeting proposed, due, called off or named as a time: 即将召开的…峰会, 将出席…峰会,
    安理会将就…举行紧急会议, 为顺利召开…会议作准备, 同意举行外长会议, 放弃主办原定…举行的…大会,
    提交第八十三次委员长会议, 关于召开…会议的决定草案, 出席…会议的(首批)代表抵京, 常委会会议前的调研,
    明确会议召开的准备工作, 会见来华出席…会议的外长 (the story's meeting is the 会见, unless
    the story then says X主持大会, Y出席大会), 在上个月召开的…峰会上,
    出席全国政协…会议的政协委员列席大会 (said of the other session's plenary),
    审议了X出席…年会并访问…情况的书面报告 (a report on it), 参加…代表大会选举的投票 (an election for it),
    出席…峰会后回到北京 (a return trip: the meeting days before), 论坛已成功举办5届 (a series counted),
    …座谈会召开三年来 (a time counted from it), 本周召开的…会议, 日前召开的…会议提出…, 在古田召开的…会议的重要成果,
    …全会召开后，, 高峰论坛的举行将…, …大会和…座谈会的召开，是… (cited, not told), 为各单位召开…生活会指明了方向 (a kind of meeting others are to hold), 即将对X进行国事访问，并出席…会议, 即将访问A、B、C并出席…峰会 and 还将前往X继续访问，
    并赴纽约出席…峰会 (a later clause of plans), 出席…年会期间，X将… (its days told as plans),
    前不久，X召开… (an earlier one, cited), 为迎接…胜利召开 (one still to come), 指示…召开紧急会议 (ordered),
    X是应…邀请，出席…会议开幕式并来华访问的 (why a guest came), 欢迎X对塔方进行国事访问并出席…峰会 (a trip's purpose), 在出席…峰会前夕 (still to come),
    通过…、召开座谈会、…等形式 (a way of doing something, listed), 先后7次主持召开…座谈会 (counted),
    此前召开的…会议 (an earlier one), 他们将带着…嘱托，…，光荣地出席…大会 (a subject that will go, _WILL_GO_ATTEND), 委员长会议关于提请审议…的议案 (a bill's proposer),
    继10月9日召开…动员部署会之后 (the background the story's event follows on),
    与刚刚举行的…峰会相呼应 (what something else is likened to), 他表示，昨天，…大会已经闭幕 (said as over),
    会见A、出席…论坛外方代表、出席…会议外方部长 (guests listed among those met, as 会见出席…的代表),
    焦点之一是举行…会议, …会议正在积极筹备中 (an aim, in preparation), 通知强调，要定期召开… (a document's
    demand), 推动…会谈早日举行 (an aim), X是…首次…召开的全球性会议 (what it is said to be; so in someone's words, X介绍，…全会是…召开的一次…会议), 深入各自联系点，参加…生活会 (each his own), 还曾就…率团参加…会谈 (one's record), 从作出…指示，到专题召开座谈会 (past acts listed), 借召开…座谈会之机 (a pretext); a name's …召开时间 (its date named, as a time) is refused before, by nlp's _REPORTED_AFTER."""
    before = max(0, h.start - 30)
    if text.startswith("\n", h.start - 1) and h.name not in text[before : h.start]:
        before = h.start  # (a name that opens a line: the words before are another line's, a title over another event)
    if _ONCE_TOOK_PART.search(text, max(_sentence_start(text, h.start), h.start - 60), h.start):
        return False
    if _DEFINED_AS.search(text, before, h.start) and _CLAUSE_END_AT.match(text, h.end) \
            or _SAID_TO_BE.match(text, h.end) and (any(_DUE_AT.match(text, m.end()) for m in re.finditer(re.escape(h.name), text))
                                                   or _SAYS_IT_WAS.search(text, before, h.start)) \
            or _EACH_AT_OWN.search(text, before, h.start):
        return False
    attending = _ATTENDING.search(text, max(0, h.start - 3), h.start)
    guests = _MET_ITS_GUESTS.search(text, before, h.start) is not None \
        or _INVITED_ITS_GUESTS.search(text, before, h.start) is not None and text.startswith("的", h.end) \
        or _WITH_ITS_GUESTS.search(text, before, h.start) is not None and _TOGETHER.match(text, h.end) is not None or attending is not None \
        and _MET_LISTED.search(text, max(0, h.start - 100), attending.start()) is not None and _THOSE_MET.match(text, h.end) is not None
    if guests and not _told_held_after(text, h):
        return False  # 会见出席…大会的代表, with no 出席大会 after: the audience is the story's meeting
    return not (_UNHELD_BEFORE.search(text, before, h.start) or _LIKENED_TO.search(text, before, h.start)
                or _CALLED_FOR.search(text, before, h.start) or _HOPED_BY.search(text, max(0, h.start - 80), h.start)
                or _BELIEVED_TO_BRING.search(text, before, h.start) and text.startswith("将", h.end)
                or _BRIEFED_ON.search(text, before, h.start) and not _told_held_after(text, h)
                or _BRIEFED_ON_ITS.search(text, max(0, h.start - 6), h.start) and _ITS_STORY.match(text, h.end)
                or _BRIEFED_HELD.search(text, max(0, h.start - 50), h.start) and _ITS_STORY_AFTER.match(text, h.end)
                or _DAYS_AGO.search(text, before, h.start)
                or any(w in text[max(0, h.start - 120) : h.start] for w in _MANY) and _MANY_HOLD.search(text, max(0, h.start - 120), h.start)
                or "个" in text[max(0, h.start - 120) : h.start] and _COUNTED_HOLD.search(text, max(0, h.start - 120), h.start)
                or _ALL_HOLD.search(text, max(0, h.start - 80), h.start)
                or (r := _REQUIRED.search(text, before, h.start)) and r.start() not in names
                or _AGO_OPENS.search(text, max(0, h.start - 90), h.start)
                or _OCCASION_TO_COME.match(text, h.end) or _OCCASION_GREETED.match(text, h.end) or _PLANNED.search(text, max(0, h.start - 40), h.start)
                or _FOR_ITS_SUCCESS_BEFORE.search(text, before, h.start) and _ITS_SUCCESS_AFTER.match(text, h.end)
                or _LISTED_HOSTS.search(text, max(0, h.start - 40), h.start)
                or _PREPARING.match(h.name) or _PREPARING_BEFORE.search(text, before, h.start)
                or _UNHELD_AFTER.match(text, h.end) and not (guests and text.startswith("的代表", h.end))
                or (o := _ORDERED.search(text, before, h.start)) and not _AT_REQUEST.search(text, before, o.start()) or _CAME_TO.search(text, max(0, h.start - 60), h.start)
                or _WELCOMED_TO.search(text, max(0, h.start - 40), h.start) and not text.startswith("的", h.end)
                or _DUE_AFTER_VISITS.search(text, max(0, h.start - 90), h.start)
                or _FOLLOWED.match(text, h.end) and _FOLLOWS_ON.search(text, max(0, h.start - 31), h.start)
                or _GUESTS_OWN.search(text, before, h.start) and text.startswith("的", h.end)
                or _SAT_WITH_ITS.search(text, before, h.start) and _ITS_MEMBERS_SIT.match(text, h.end)
                or _PLANS.search(text, max(0, h.start - 120), h.start) or _WILL_GO_ATTEND.search(text, max(0, h.start - 100), h.start)
                or _COMING_DAY_PLAN.match(text, _sentence_start(text, h.start), h.start)
                or _OCCASION_OF_SPEECH.match(text, h.end) and _SPEECH_PUBLISHED.search(text, _sentence_start(text, h.start), h.start)
                or _ON_THE_WAY.search(text, max(0, h.start - 140), h.start)
                or _ATTENDING_SOON.search(text, max(0, h.start - 20), h.start) and (_EN_ROUTE.match(text, h.end) or _ITS_INVITATION.match(text, h.end))
                or _INVITED_TO.search(text, max(0, h.start - 30), h.start)
                or _DELEGATIONS_EACH.search(text, max(0, h.start - 200), h.start)
                or _RETURNED.match(text, h.end) or _on_its_eve(text, h) or _one_of_the_means(text, h)
                or _AIMED_AT.search(text, before, h.start) or _IN_PREPARATION.match(text, h.end)
                or _SERIES.match(text, h.end) or _COUNTED_BEFORE.search(text, before, h.start) or _COUNTED_AFTER.match(text, h.end) or _DURING_PLANS.match(text, h.end) or _THEN_PLANS.match(text, h.end) and _ATTENDED_FIRST.search(text, max(0, h.start - 2), h.start) and _told_to_come(text, h) or _ANNIVERSARY.match(text, h.end)
                or _CONGRATULATED.search(text, max(0, h.start - 40), h.start) and _A_SUCCESS.match(text, h.end)
                or _RECORDED_IN.search(text, _sentence_start(text, h.start), h.start)
                or _SUCCESS_OF.search(text, before, h.start) and _CONGRATULATED_AFTER.match(text, h.end)
                or _RECENTLY.search(text, before, h.start) and _ITS_WORDS.match(text, h.end)
                or _HELD_THERE.search(text, before, h.start) and _ITS_FRUITS.match(text, h.end)
                or _CLOSED_ALREADY.match(text, h.end) and _SAYS.search(text, _sentence_start(text, h.start), h.start)
                or _FIRST_ACT_IN_OFFICE.search(text, before, h.start) or _NEVER_HELD.search(text, max(0, h.start - 12), h.start)
                or _MANY_SINCE.search(text, max(0, h.start - 60), h.start)
                or _OCCASION_BEFORE.search(text, max(0, h.start - 40), h.start) and _OCCASION_AFTER.match(text, h.end)
                or _HOLDING_CITED.search(text, before, h.start) and not _DEIXIS.match(h.name)
                and (s := _SAYS.search(text, _sentence_start(text, h.start), h.start)) and not _DAY_IN_WORDS.search(text, s.end(), h.start)
                or _FOR_HOLDING.search(text, before, h.start) and _SHOWN_WAY.match(text, h.end)
                or _SUCCESS_FORETOLD.match(text, h.end) or _PRETEXT_BEFORE.search(text, max(0, h.start - 4), h.start) and _PRETEXT_AFTER.match(text, h.end)
                or _ITS_ELECTION.match(text, h.end) or text.startswith("选举", h.end) and text.endswith(("举行", "举行了"), 0, h.start)
                or _planned_item(text, h)
                or _STANCE_ON_ATTENDING.match(text, h.end) and (a := _ATTENDING_TOLD.search(text, max(0, h.start - 20), h.start)) is not None
                and (w := _SAYS.search(text, _sentence_start(text, h.start), a.start() + 1)) is not None and not _DAY_IN_WORDS.search(text, w.end(), h.start)
                or (asks := _DOCUMENT_ASKS.match(text, _sentence_start(text, h.start))) is not None and asks.end() <= h.start
                and not (asks["notice"] and _NOTICE_TODAY.match(text, asks.end()) and not text.startswith("期间", h.end)))


# an item of a numbered list of what is planned (活动主要包括：一是…。二是…隆重举行…大会，X将发表重要讲话。六是召开…研讨会):
# activities listed, none told as held
_ITEM_OPENS = re.compile(r"(?:^|[。；;：:])[\s\u3000]*[一二三四五六七八九十]是[^。；;]*$")
_LIST_OF_PLANS = re.compile(r"(?:包括|主要有|安排有?|内容有)[：:]")
_ITEM_REACH = 100  # an item's 一是… opens its own clause, this close before the meeting it names
_LIST_REACH = 1500  # a list's lead (…主要包括：) before its last item: eight items of a few clauses each (一是…八是…)
# what was done, told in an item or its list's lead (一是3月12日召开…大会; 去年以来，开展了…，主要有：): held, not planned
_DONE = re.compile(r"(?<![为除])了(?!解)|以来|(?<![\d至到—-])\d{1,2}[日号]")
_FORESEEN = re.compile(r"将|拟|计划|筹备")  # (一是3月12日将召开…: planned, its day told)
_ITEM_CLOSES = re.compile(r"[。；;]")


def _planned_item(text: str, h) -> bool:
    """Whether ``h`` is named in an item of a numbered list of what is planned (活动主要包括：…六是召开…研讨会), not of
    what was done (去年以来，开展了…，主要有：一是3月12日召开…大会)."""
    item = _ITEM_OPENS.search(text, max(0, h.start - _ITEM_REACH), h.start)
    lead = item and _LIST_OF_PLANS.search(text, max(0, h.start - _LIST_REACH), h.start)
    if not item or not lead:
        return False
    told = text[item.start() : (m.start() if (m := _ITEM_CLOSES.search(text, h.end)) else len(text))]
    opening = text[_sentence_start(text, lead.start()) : lead.start()]
    return bool(_FORESEEN.search(told)) or not (_DONE.search(told) or _DONE.search(opening))


# a stance on attending, in one's words (发言人表示，伊朗参加日内瓦会议不接受任何先决条件): a condition, no sitting held
_ATTENDING_TOLD = re.compile(r"[，,：:][^，,。；;：:]{1,10}?(?:参加|出席)$")
_STANCE_ON_ATTENDING = re.compile(r"(?:不接受|不设|不附加|不能有|没有|无)(?:任何)?(?:先决|前提)?条件|(?:须|必须|需要?)以|的(?:先决|前提)条件")


# a pretext for misconduct told in a discipline notice (借召开…座谈会之机用公款大吃大喝, 以召开…会议为名): no meeting reported
_PRETEXT_BEFORE = re.compile(r"(?:借|利用|以)(?:召开|举行|举办)$")
_PRETEXT_AFTER = re.compile(r"之机|为名|为由")
# told as not held (长达一年没有召开过|领导小组会议, 从未举行|…): none held (过 after the verb is its aspect, no part of the name)
_NEVER_HELD = re.compile(r"(?:没有|没|未|从未|尚未|未曾|并未|并没有|从来没有?)(?:召开|举行|举办|开)过?$|(?:没有|没|未|从未|尚未|未曾|并未|并没有|从来没有?)(?:召开|举行|举办|开)$")
# a span's many sittings (今年以来主持召开多个重要会议，|与…专家学者、基层群众座谈): none of them one meeting of the day
_MANY_SINCE = re.compile(r"(?:以|(?<=[年月天]))来[^。；;！？，,]{0,20}?(?:多个|多次|一系列|系列|数次)[^。；;！？，,]{0,16}?[，,、]$")
# the occasion the guests came by (我借非洲国家领导人来南非参加|…对话会|机会，以早餐会形式同大家会面): the meeting the story
# tells is another, this one only the reason the guests are there
_OCCASION_BEFORE = re.compile(r"(?:借|利用|趁)[^。；;，,]{0,30}?(?:出席|参加)$")
_OCCASION_AFTER = re.compile(r"(?:的|之)?(?:机会|之机|契机)")
# the first thing one did on taking office (上任第一件事，就是召开了全体村民大会): a profile's past, no meeting of the day
_FIRST_ACT_IN_OFFICE = re.compile(r"(?:上任|到任|任职)(?:后|之初|伊始)?的?第一件事[，,]?(?:就是|便是|是)?[^。；;，,]{0,8}?(?:召开|举行|主持召开)了?$")
# holding one, as a clause of someone's words with no subject or day (X强调，…，召开中央统战工作会议和颁发…，为…提供了机遇): cited
_HOLDING_CITED = re.compile(r"[，,、](?:召开|举行|举办)了?$")
# a day named in those words (X说，今天，举行…开幕式是…大事): the story's own meeting, not a cited one
_DAY_IN_WORDS = re.compile(r"今天|今日|昨天|昨日|(?<!\d)\d{1,2}[日号]")
# what a meeting is said to be (此次峰会是…举行的最高级别领导人会晤): a description, which tells none held (not 这是…召开的
# 一次分析会, the meeting shown); nor does the name it describes (X是…首次…召开的全球性会议) where X is told still to come
# (X…将于11日…召开)
_DEFINED_AS = re.compile(r"(?<=[会议晤坛谈])是[^。；;，,]{0,24}?(?:召开|举行|举办)的(?:一次|首次|第一次)?$")
_SAID_TO_BE = re.compile(r"是[^。；;，,]{0,30}?(?:召开|举行|举办)的[^。；;，,]{0,10}?(?:会议|大会|论坛|峰会|盛会)[，,。；;]")
# what it is said to be, in someone's words right before it (X介绍，…全会是在…召开的一次里程碑式的会议): one cited
_SAYS_IT_WAS = re.compile(r"(?:介绍|表示|指出|认为|强调|说)[，,：:]$")
# each at his own place attending (中央政治局常委同志深入各自联系点，参加专题民主生活会): many sittings, none told
# (or each group its own: 各督导组在被督导省区市分别召开督导工作动员会, one name for several sittings)
_EACH_AT_OWN = re.compile(r"各自[^。；;，,]{1,10}?[，,]?(?:参加|出席|主持召开|召开|举行)了?$|分别(?:召开|举办)了?$")
# an occasion whose act is still to come: …会议开幕之际，明天出版的人民日报将发表社论 (the meeting at its eve)
_OCCASION_TO_COME = re.compile(r"[^。；;，,]{0,4}?(?:开幕|召开|举行|举办)之际[，,][^。；;！？\n]{0,30}?(?<![即代日])将")
# the occasion greetings are sent on (在…代表大会召开之际，一些外国政要纷纷致电或致函表示热烈祝贺): the story is the
# telegrams, the meeting only their occasion (not 在…论坛召开之际，X向论坛致信: a letter to the meeting, read at it)
_OCCASION_GREETED = re.compile(r"[^。；;，,]{0,4}?(?:开幕|召开|举行|举办)之际[，,][^。；;！？\n]{0,30}?(?:致电|致函|贺电|贺函)")
# planned: 他计划近期召集…在瑞典举行新一轮和谈 (not 按计划举行, 计划生育)
_PLANNED = re.compile(r"(?<![原按照据的])计划(?!生育|单列|经济|内|外)[^。；;，,\n]{0,24}?(?:召开|举行|举办|召集)[^。；;，,\n]{0,8}$")
# what another's work made a success, cited: 赞赏厄方为…会晤成功举行和筹办…做了大量工作
_FOR_ITS_SUCCESS_BEFORE = re.compile(r"为$")
_ITS_SUCCESS_AFTER = re.compile(r"的?(?:成功|顺利|圆满)(?:召开|举行|举办)")
# preparing it: 筹办中拉论坛首届部长级会议, 和筹备…大会 (still to come)
_PREPARING = re.compile(r"(?:和|及|并)?(?:筹办|筹备)(?!会|委员会|组|工作)")
_PREPARING_BEFORE = re.compile(r"(?:筹办|筹备)好?$")
# several hosts listed, each holding its own: 中国驻叙利亚、马达加斯加、阿曼等国大使馆也举行国庆招待会
_LISTED_HOSTS = re.compile(r"、[^。；;，,、]{1,12}?等(?:国|地|多国|多地)?[^。；;，,、]{0,10}?(?:也|还|都|均|分别|各自)(?:举行|召开|举办)了?$")
_DUE_AT = re.compile(r"[^。；;，,]{0,12}?(?:将|即将)(?:于|在)?[^。；;，,]{0,20}?(?:召开|举行|开幕)")
_CLAUSE_END_AT = re.compile(r"[，,。；;]")
# one a person took part in before, told as his record: 还曾就…问题率团参加…会谈 (not 曾任…，今天出席…: an act of the day)
_ONCE_TOOK_PART = re.compile(r"(?<![未不何])曾经?(?![任担是为获])(?:(?![今昨前]天|今日|\d{1,2}[日号]|上午|下午|晚上)[^。；;！？\n]){0,40}?(?:出席|参加|主持)了?$")


def _sentence_start(text: str, at: int, reach: int = 300) -> int:
    """Where the sentence holding ``at`` starts (after 。 or a line break), looked for ``reach`` characters back
    first: _held asks it per candidate, and a story with no break would be scanned whole; a longer sentence
    is followed back to its start (a match anchored there must not start mid-sentence)."""
    lo = max(0, at - reach)
    found = max(text.rfind("。", lo, at), text.rfind("\n", lo, at))
    return (found if found >= 0 or lo == 0 else max(text.rfind("。", 0, lo), text.rfind("\n", 0, lo))) + 1


# the body only names an election held for it: 参加…全国人民政权代表大会选举的投票, 制宪大会选举成功举行,
# 举行制宪大会选举
# (not the body electing: 大会选举产生…, 选举中央委员会, 选举中华人民共和国主席, 选举和决定任命的办法)
_ITS_ELECTION = re.compile(r"(?:代表)?选举(?=的?(?:投票|计票|结果|最终结果)|中(?![央华国])|(?:今天|今日)?(?:举行|进行)|成功|日期)")


# what one did for others to hold a kind of meeting: 为各单位召开高质量专题民主生活会指明了方向
# a success foretold (…出席…峰会一定会取得圆满成功, …大会必将取得成功): still to come, none held
_SUCCESS_FORETOLD = re.compile(r"[^。；;，,]{0,8}?(?:一定|必将|必定|定将|定能|必能|势必)(?:会|能|将)?(?:取得|获得)?(?:圆满|完满|巨大)?成功")
_FOR_HOLDING = re.compile(r"为(?!此)[^。；;，,为]{1,8}?召开好?$")
_SHOWN_WAY = re.compile(r"(?:指明|提供|奠定|创造|打下|树立|作出)")
# what came of a meeting held somewhere, cited: 汇聚了在古田召开的全军政治工作会议的重要成果
_HELD_THERE = re.compile(r"(?:召开|举行)的$")
# 他表示，昨天，…大会已经闭幕; X首先表示，…大会胜利闭幕了: said as over, a later event's story
_CLOSED_ALREADY = re.compile(r"已经(?:圆满|胜利|顺利)?(?:闭幕|落幕|结束)|(?:圆满|胜利|顺利)?(?:闭幕|落幕|结束)了(?=[，,。；;！!]|$)")
_ITS_FRUITS = re.compile(r"(?:的|各项)(?:重要|丰硕)?(?:成果|精神|决策部署|部署|要求|决定|主题|共识)")  # (…会议各项部署: its tasks, listed)
# what a meeting held days ago said, cited: 日前召开的…会议提出/强调…, 近期召开的…会议，把降成本列为…
_ITS_WORDS = re.compile(r"(?:再次|进一步|也|还)?(?:提出|强调|指出|明确|作出|确定|要求|决定|部署)|[，,]把")  # (…会议还决定增加…)


# the days of it told as plans: 出席…年会期间，李克强将出席论坛全会并发表特别致辞
_DURING_PLANS = re.compile(r"(?:(?:和|及)[^。；;，,]{1,8}?)?期间[，,][^。；;，,]{0,12}?(?<![代日])将")  # (…会晤和访俄期间，X将…)
# the first stop of plans: 在出席…峰会后，X还将赴…出席… (the summit still to come, as the next one)
_THEN_PLANS = re.compile(r"后[，,][^。；;，,]{0,12}?(?<![代日])(?:还将|也将|将)(?:赴|前往|出席|参加|对|访问|同|与|会见)")
_ATTENDED_FIRST = re.compile(r"(?:出席|参加)$")
# a meeting told before as still to come: 将出席X, 抵达…，出席X (the arrival's purpose)
_TOLD_TO_COME = re.compile(r"(?:将要?|抵达[^。；;！？\n]{0,60}?)(?:出席|参加)[^。；;！？\n]{0,60}")


def _told_to_come(text: str, h) -> bool:
    """Whether the story tells the meeting of 出席X后，…还将… as still to come before (习近平抵达安塔利亚，出席…峰会。
    …在出席…峰会后，还将赴马尼拉…); else it is held (李克强出席…会议后，还将出席…)."""
    return any(h.name[-2:] in m.group() for m in _TOLD_TO_COME.finditer(text, max(0, h.start - 800), h.start))


# a meeting whose anniversary is kept: 纪念全国科学大会召开40周年…座谈会
_ANNIVERSARY = re.compile(rf"[^。；;，,]{{0,4}}?(?:召开|举行|举办|开幕)(?:{NUMERAL}|\d+)周年")
# a series counted, not one held here: 世界互联网大会已经成功举办了5届, 中俄总理定期会晤已举行十九次, “…座谈会”已举行六场,
# G20峰会迄今已经举行过十次
_SERIES = re.compile(rf"[^。；;，,]{{0,12}}?(?:已经|已|连续|至今|迄今|先后)[^。；;，,]{{0,8}}?(?:举办|召开|举行)[了过]?(?:{NUMERAL}|\d+)(?:届|次|场)")
# counted, the count right after the name and ending its clause or list item: 列席…中心组专题学习501次、审阅…
_COUNTED_AFTER = re.compile(rf"(?:不下|不少于|不止|超过|多达|近|达)?{NUMERAL}(?:多|余)?次(?=[、，,。；;]|$)")  # (召开协调会不下20次)
# a count of times: 7次, 两度, 十多次, 几次 (not an ordinal read from inside, 第三次/第十五次/第12次: the whole numeral,
# no 第 or numeral before it)
_COUNT = rf"(?:(?<![第一二三四五六七八九十百零〇\d]){NUMERAL}|两|多|数|几)(?:次|度)"
# counted, the verb after the count: 先后7次主持召开…座谈会, 三次出席…峰会, 频繁召开 (not 召开了一次…会)
_COUNTED_BEFORE = re.compile(rf"(?:(?!一次){_COUNT}|频繁|经常|屡次)(?:主持)?(?:召开|举行|举办|出席|参加)了?$")


# what a published text records (文章…全景式记录了X为…举行欢迎宴会、出席开幕式…): told in it, not by the story
# (not 通讯社 or 通讯员, who are no text; nor past a clause that opens on the story's own day: …讲述了经过，今天X主持召开…)
# (also in the clauses it goes on with, each opening on its own verb: 文章全面记录了…；全面展现了…；深刻阐释了X在参加…时)
_RECOUNTS = "记录|记述|讲述|描述|再现"  # what a text does to a story (the head's verbs)
_RECORDS = rf"(?:{_RECOUNTS}|展现|展示|呈现|阐释|阐述)了"
_RECORD_TOLD = r"(?:(?![，,](?:\d{1,2}[日号]|今天|昨天|当天))[^。；;]){0,80}"
# (a going-on clause allows an adverb before its verb, no new subject: …；王宏伟在座谈会上展示了该书 is told of today)
_RECORDED_IN = re.compile(rf"(?:文章|通讯(?![社员])|纪实|书中|全书|纪录片)[^。；;]{{0,30}}?(?:{_RECOUNTS})了"
                          rf"(?:{_RECORD_TOLD}?[；;][^。；;，,在]{{0,4}}?{_RECORDS})*{_RECORD_TOLD}$")


# congratulated on its success: 通伦热烈祝贺中共十八届六中全会成功召开 (held before; not 致信祝贺…会议在北京召开)
_CONGRATULATED = re.compile(r"祝贺[^。；;]{0,30}$")
_A_SUCCESS = re.compile(r"[^。；;，,]{0,12}?(?:成功|圆满|胜利)")  # (…大会今天（18日）上午成功召开)
# 致电…，对X成功举行…峰会并通过…表示祝贺: a success congratulated, held before the message
_SUCCESS_OF = re.compile(r"对[^。；;，,]{0,20}?(?:成功|圆满|胜利|顺利)(?:召开|举行|举办)了?$")
_CONGRATULATED_AFTER = re.compile(r"[^。；;]{0,60}?表示(?:热烈|衷心|诚挚)?(?:的)?(?:祝贺|庆贺)")


# a later clause of a sentence of plans: X将于2日至5日对南非进行国事访问，并赴约翰内斯堡主持…峰会;
# 访问期间，X将同…举行会谈，出席…论坛并发表演讲; 访问期间，X将会见…，同…举行…会晤 (plans opened by whom he will meet)
# arriving or setting off to attend it: X抵达比什凯克，出席…第十一次会议并…访问; 离开北京，赴俄罗斯，举行…会议
_ON_THE_WAY = re.compile(r"(?:抵达|离开北京|离京|启程|动身)(?![^。；;，,]{0,12}?后)[^。！？\n]{0,110}?(?:出席|参加|举行|主持)[^。；;，,了]{0,6}$")
# on the way to it, or invited to it: 前往…并出席…会议途中 (not yet held); 撤回对X参加…会议的邀请, 邀请…等国家参加…会议 (states
# invited to a conference, not the sitting; not 应邀请参加, attended, nor 邀请英雄机组参加招待会, guests of the day)
_ATTENDING_SOON = re.compile(r"(?:出席|参加)[^。；;，,]{0,16}$")
_EN_ROUTE = re.compile(r"(?:(?!后)[^。；;，,]){0,4}?的?途中")  # (not 出席…峰会后回国途中: after it, held)
_ITS_INVITATION = re.compile(r"的邀请")
_INVITED_TO = re.compile(r"(?<![应受])邀请[^。；;，,]{0,20}?(?:国家|各国|各方)(?:出席|参加)$")
# one attended before the clause's act of another day: 在出席…峰会后，于5月22日在上海召开… (held days before the day told)
_THEN_DATED_ACT = re.compile(r"[^。；;，,]{0,6}?之?后[，,]?于?(?:\d{1,2}月)?\d{1,2}[日号]")
# several delegations, each holding its own in its country: 多个宣介团分别访问了A、B等国，…，并举行专题报告会 (no one sitting)
_DELEGATIONS_EACH = re.compile(r"(?:多个|几个|数个|各|一些)[\u4e00-\u9fff]{0,6}?(?:代表团|宣介团|宣讲团|访问团|工作组|督导组|小组)分别[^。；;]{0,150}?(?:举行|召开|举办)了?$")
# back from it: 出席…峰会并…访问后，于7日乘专机回到北京; (a title) 结束出席…会议…返回北京
# (or on to the next stop: 是在岘港出席…会议后抵达河内的)
_RETURNED = re.compile(r"[^。；;！!？?]{0,90}?(?:(?:之)?后[，,]?[^。；;，,]{0,20}?(?:回到|返回|抵达)|回到|返回)北京"
                       r"|[^。；;，,]{0,30}?(?:之)?后[，,]?[^。；;，,]{0,10}?抵达"  # (…会晤后，从德班乘专机抵达布拉柴维尔)
                       # (是在出席…会议，并结束对…的国事访问后抵达马累的; 在成功出席…会晤并圆满结束…访问后离开阿斯塔纳的: the trip's
                       # earlier stop, told in an arrival's story)
                       r"|(?:[，,]?并)[^。；;，,]{0,30}?(?:之)?后[，,]?[^。；;，,]{0,10}?(?:抵达|离开)[^。；;，,]{0,12}?的")
_PLANS = re.compile(r"(?:(?<![即])将|即将(?=对|前往|赴))(?:于|在|赴|前往|对|出席|参加|主持|同|与|以|分别|会见|会晤)[^。；;！？\n]*?[，,][^。；;，,！？\n]{0,30}$")


# 同参加…交流会的秘书长交流座谈, 与前来参加…论坛的乡亲座谈: the guests' own meeting names who sits, it is not the one told
_SAT_WITH_ITS = re.compile(r"(?:同|与)[^。；;，,同与]{0,8}?(?:前来|来京|来华)?(?:参加|出席)了?$")
_ITS_MEMBERS_SIT = re.compile(r"的[^。；;，,]{1,30}?座谈(?!会)")
# what the guest came for: 会见来华访问并出席…会议的南非副总统 (not 参加会见活动并出席纪念大会)
# …正在纽约出席联合国大会的阿巴斯总统, 欢迎出席亚洲文明对话大会的外方领导人夫妇 (a banquet the night before)
_GUESTS_OWN = re.compile(r"(?:会见了?[^。；;，,的]{1,12}?并|正在[^。；;，,的]{0,10}?|欢迎(?:前来|来华)?)(?:出席|参加)了?$")


# a sentence that opens on a year or years with no day, then a comma (1948年5月至1949年3月，…): y is the last year
# told (not 2012年12月18日，…: a day, which dates the meeting)
_PAST_OPENING = re.compile(r"\s*((?:19|20)\d\d)年(?:\d{1,2}月)?(?:(?:至|到|—|－|-)(?:(?P<y>(?:19|20)\d\d)年)?(?:\d{1,2}月)?)?[，,]")
# (not across a later clause with a day of its own: 十年前的今天，…倡议，今天，…论坛在北京开幕)
# 一年前的今天，…; 100年前，…大会在这里闭幕 (not 2020年前: a year's deadline; nor after 70年后 or 如今 in between)
_YEARS_AGO = re.compile(r"(?<![\d年])(?:\d{1,3}|[一二三四五六七八九十百两几]+)年前(?![所期后])(?:的(?:今天|今日|这一天|昨天))?[，,]?"
                        r"(?:(?!今天|今日|如今|年后|\d{1,2}[日号])[^。；;]){0,40}$")
# (1934年9月下旬，X在…召开…: a part of a month, then a comma; 1986年6月，X在|会见…时: the meeting right after 在)
_PAST_YEAR = re.compile(r"((?:19|20)\d\d)年(?:(\d{1,2})月(?:份|初|上旬|中旬|下旬|底)?(?![\d日号])[，,]?|\d{1,2}月(?:\d{1,2}日)?[，,]|[^。；;，,\d]{0,8}?[，,])?[^。；;，,]{0,20}?"
                        r"(?:(?:召开|举行|出席|参加|率团|主持)[^。；;，,]{0,12}|在)$")
# a year told right before the meeting as the one it is held in (2021年在塞内加尔召开的…会议)
_LATER_YEAR = re.compile(r"((?:19|20)\d\d)年(?:\d{1,2}月(?:份|初|中旬|下旬|底)?)?(?:在[^。；;，,]{1,12}?)?(?:召开|举行|举办)的$")
_YEAR_HELD_AFTER = re.compile(r"(?:由[^。；;，,\d]{1,12}?)?(?:于|在)((?:19|20)\d\d)年(?:(\d{1,2})月(下旬|底)?)?(?:(\d{1,2})日)?[^。；;，,\d]{0,8}?(?:召开|举行|举办|开幕)")
_SPAN_OPENING = re.compile(r"[\s\u3000]*(?:(?:过去|近|这)?(?:一|两|几|[二三四五六七八九十]+|\d+)年多?来|近年来|过去的?(?:一|两|几)年(?:里|中|间)?|今年以来|[^。；;，,]{1,20}?以来)[，,]")  # (中方担任…轮值主席国以来，)


_NOT_WATCHED = re.compile(r"未能|没有|没能|未(?!来)|不能|不曾|曾|回忆|\d{4}年")  # before 观看 in its clause: did not, or once did (not 不少…观看)
_REHEARSAL = re.compile(r"的?(?:彩排|排练)")
# between a sitting's own day and its name: a report made to it (14日向…), a sitting the members hold (13日以…形式讨论)
_SITTING_BY_DAY = re.compile(r"(?:上午|下午|晚上)?(?:分别|继续|也)?[向以]")
# in the watcher's sentence before him, a time not the show's (此前一天，X在Y陪同下来到演出现场; 去年，X…登上舞台)
_WATCHED_ELSEWHEN = re.compile(r"此前|前一天|前一日|前夕|去年|前年|往年|上周|上个?月|筹备期间|曾(?=经|多次|先后|在|于|一起)")
# the act he came for, in the clauses after: another (…来到演出现场，察看彩排并看望演职人员)
_WATCHED_OTHER_ACT = re.compile(r"[^。；;]{0,12}?(?:彩排|排练|筹备)")
# a promotion ceremony (晋升上将军衔仪式, 晋衔仪式): those promoted and who presents their orders attend it, no other meeting
_PROMOTION = re.compile(r"(?:晋衔|晋升)[^，,。；;]{0,10}?(?:仪式|典礼)$")
# another time, recalled or to come (not the 将 of 上将, 中将)
_ORDERS_ELSEWHEN = re.compile(r"(?:19|20)\d\d年|回顾|回忆|追忆|重温|曾(?:经|亲自|向|为|在)|此前|以前|当年|那年|会后|(?<![上中少大])将(?:向|为|于|在|亲自)")
_SHOW_KINDS = ("晚会", "演出", "音乐会")  # a show held (nlp.SHOW_HELD_SUBJECT): a meeting only of those who watch it
_NEW_YEAR = re.compile(r"新年|元旦")  # what a show or party held in December names by the year it greets

# the years the CPC's national congresses elected each Central Committee (a closed list): a plenum of the Nth
# (十一届三中全会) is held before the congress that elects the N+1th
_CC_TERMS = {7: 1945, 8: 1956, 9: 1969, 10: 1973, 11: 1977, 12: 1982, 13: 1987, 14: 1992, 15: 1997, 16: 2002, 17: 2007,
             18: 2012, 19: 2017, 20: 2022}
_PLENUM_OF_TERM = re.compile(rf"^(?P<cpc>党的|中共|中国共产党)?第?({NUMERAL})届(?:中央委员会)?第?(?:{NUMERAL})(?:中全会|次全体会议)")
# who convenes a plenum named by its bare term (致公党中央在北京召开十五届二中全会, 中共浙江省委…召开十四届六次全体会议):
# another party, the League, or a local Party committee, whose terms are not the CPC Central Committee's
_OTHER_CONVENER = re.compile(r"(?<!中国)共产党|(?<![中])共中央|越共|老挝|劳动党|革命党|人民党|工人党|社会党|民族党|民革|民盟|民建|民进"
                             r"|农工|致公|九三学社|台盟|共青团|团中央|团[省市县区]委|[省市县区州旗盟]委|党委|党组|工委")


def _of_a_past_year(ctx: Context, h) -> bool:
    """A meeting (or talk) of another time than the story's, told in its clause: 1954年率团出席日内瓦会议, 在2000年召开的
    联合国千年首脑会议上, 2003年6月，时任…的X主持召开…, 2016年全国两会，X参加…代表团审议时, or one of a span
    reviewed with no day (一年来，…召开…会议、…)."""
    m = _PAST_YEAR.search(ctx.text, max(0, h.start - 40), h.start)
    if m and ctx.reference_date and int(m[1]) < ctx.reference_date.year:
        return True
    if (later := _LATER_YEAR.search(ctx.text, max(0, h.start - 40), h.start)) and ctx.reference_date and int(later[1]) > ctx.reference_date.year:
        return True  # 2021年在塞内加尔召开的…会议 in a story of 2020: a later year's, still to come
    s0, e0 = ctx.rec.sentences[ctx.rec.sentence_of(h.start)]
    if (o := _PAST_OPENING.match(ctx.text, s0, h.start)) and ctx.reference_date and int(o["y"] or o[1]) < ctx.reference_date.year \
            and not any(o.end() <= d.start < h.start for d in ctx.rec.dates):
        return True  # 1948年5月至1949年3月，中共中央曾在这里办公，…并召开了七届二中全会: the sentence's years, long past
    if (o := _SPAN_OPENING.match(ctx.text, s0, h.start)) and not any(o.end() <= d.start < e0 for d in ctx.rec.dates):
        # 一年来，全国政协…召开…专题议政性常委会会议、…, 今年以来，省委常委会召开会议12次: a span reviewed, its meetings
        # given no day, listed or not (not 今年以来，…，省委常委会12日召开会议: a day anywhere after the opening dates one held)
        return True
    if (a := _YEAR_HELD_AFTER.match(ctx.text, h.end)) and ctx.reference_date and int(a[1]) < ctx.reference_date.year \
            and not (int(a[1]) == ctx.reference_date.year - 1 and a[2] == "12" and (a[3] or a[4] and int(a[4]) >= 29)
                     and ctx.reference_date.month == 1 and ctx.reference_date.day <= 3):
        # 第一次…座谈会于1950年召开, …论坛由X于2017年发起举办: the year it was held told after it (not …茶话会于2023年12月31日举行, …于2023年12月下旬
        # 召开 in a story of January 1st or 2nd: the last days of December, a few days before the story's; never the month alone)
        return True
    if _YEARS_AGO.search(ctx.text, max(0, h.start - 50), h.start):
        return True  # 一年前的今天，X主持召开…座谈会: the day years ago, recalled on its anniversary
    if m and ctx.reference_date and int(m[1]) == ctx.reference_date.year and m[2] and int(m[2]) != ctx.reference_date.month:
        return True  # 2013年3月召开的…全会 in a story of November: that month's, told with no day of its own
    if ctx.reference_date and _HELD_NEXT.search(ctx.text, max(0, h.start - 20), h.start):
        # 2015年，…五中全会…。在随后召开的中央扶贫开发工作会议上: held after a year told in the sentence before
        told = re.findall(r"((?:19|20)\d\d)年", ctx.text[_sentence_before(ctx.text, h.start) : h.start])
        if told and int(told[-1]) < ctx.reference_date.year:
            return True
    if ctx.reference_date and (_NEXT_OPENING.match(ctx.text, s0, h.start) or ctx.text.endswith("著名的", 0, h.start)) \
            and not any(s0 <= d.start < h.start for d in ctx.rec.dates) \
            and (k := ctx.rec.sentence_of(h.start)) > 0 and (o := _PAST_DAY_OPENING.match(ctx.text, *ctx.rec.sentences[k - 1])) \
            and int(o[1]) < ctx.reference_date.year and not 0 <= (_days_before(o, ctx.reference_date) or 99) <= 3:
        return True  # 1934年12月18日，中央政治局在这里召开了…。此后，…召开了著名的遵义会议: the narration goes on in that year
    if (term := _PLENUM_OF_TERM.search(h.name)) and ctx.reference_date \
            and (ends := _CC_TERMS.get(chinese_number(term[2]) + 1)) and ends < ctx.reference_date.year \
            and (term["cpc"] or not _OTHER_CONVENER.search(ctx.text, s0, h.start)):
        # 党的十一届三中全会 in a story of 2021: a plenum of a Central Committee whose term ended long before (not
        # 民盟中央在北京召开十二届三中全会: another's plenum, told by its bare term)
        return True
    y = re.match(r"((?:19|20)\d\d)年?(?!\d)", h.name)  # 支持中方举办2014年亚信峰会 in 2013: a later year's
    if y and ctx.reference_date and int(y[1]) > ctx.reference_date.year \
            and not (int(y[1]) == ctx.reference_date.year + 1 and ctx.reference_date.month == 12 and _NEW_YEAR.search(h.name)):
        return True  # (not 2019年新年戏曲晚会 in a story of late December: the coming year's greeting, held now)
    # 今年7月（今年一月），我们在巴西利亚出席中拉领导人会晤期间… in a story of November, 当年6月召开的…会议 (of a year
    # told before) in one of February, 为9月召开的…峰会 in one of July: another month's (今年6月和7月，…大会、…拉力赛
    # 分别在…举办 in one of September: the later month read)
    return _of_another_month(ctx, h.start)


# a sentence that opens on an earlier day of the month (本月5日，): the story goes back to it
_THIS_MONTH_DAY = re.compile(r"[\s\u3000]*本月(\d{1,2})[日号][，,]")
# how such a sentence tells its meeting as background: done before (曾在…举行), or the setting of words (在出席…时表示)
_ONCE = re.compile(r"曾经?(?=[在于与同对]|举行|召开|出席|参加)")
_WORDS_AT = re.compile(r"(?:时|上|期间|后)(?:也|还|曾)?(?:表示|指出|强调|说)")
# a new time word opening a later clause (…，今天，…谈判在…举行): the story comes back from the day recalled
_TIME_AGAIN = re.compile(r"[，,](?:今天|今日|昨天|昨日|前天|目前|日前|近日|\d{1,2}[日号])")


# held in a month named with no day: …国际论坛7月举行 (a title), 将于7月在贵阳召开
_HELD_IN_MONTH = re.compile(r"(?:将于|将在|于|在)?(\d{1,2})月(?:份|上旬|中旬|下旬|底|初)?(?:在[^。；;，,\d]{1,12}?)?(?:举行|召开|举办|开幕)")


def _in_a_later_month(ctx: Context, h) -> bool:
    """A meeting told held in a month after the story's, no year named (…论坛7月举行 in an April story): still to come."""
    m = _HELD_IN_MONTH.match(ctx.text, h.end)
    return bool(m and ctx.reference_date and ctx.reference_date.month < int(m[1]) <= 12)


def _recalled_this_month(ctx: Context, h) -> bool:
    """本月5日，X在出席…论坛时表示…; 本月9号，…曾在伊朗举行三方会谈 in a later day's story: an earlier meeting,
    background to the news, not one the story holds. 曾 counts from the day on (本月9日，…曾在…会晤，就…举行), unless
    a new time word opens a later clause (本月5日，双方曾…，今天，…谈判在…举行: today's)."""
    s0 = ctx.rec.sentences[ctx.rec.sentence_of(h.start)][0]
    m = _THIS_MONTH_DAY.match(ctx.text, s0, h.start)
    if not (m and ctx.reference_date and int(m[1]) < ctx.reference_date.day):
        return False
    since = max([m.end()] + [t.end() for t in _TIME_AGAIN.finditer(ctx.text, m.end(), h.start)])
    return bool(_ONCE.search(ctx.text, since, h.start) or _WORDS_AT.match(ctx.text, h.end))


# a bare month (7月, 七月, 十一月底: group 1 its number) opening a meeting's words or told right before them
# (7月专门加开会议, 七月，…召开会议), as _MONTH_OPENS reads a clause's
_MONTH = r"(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份|初|上旬|中旬|下旬|底)?"
_MONTH_IN_NAME = re.compile(_MONTH)
_MONTH_RIGHT_BEFORE = re.compile(r"(?<![\d日号十])" + _MONTH + r"[，,]?$")


def _month_named_other(ctx: Context, h) -> bool:
    """Whether a meeting is told in a month other than the story's, named in its words or right before them
    (2018年上半年，…，7月专门加开会议，听取了X作的…报告 in a February story: that sitting's report, not today's)."""
    m = _MONTH_IN_NAME.match(h.name) or _MONTH_RIGHT_BEFORE.search(ctx.text, max(0, h.start - 6), h.start)
    return bool(m and ctx.reference_date and chinese_number(m[1]) != ctx.reference_date.month)


def _of_another_month(ctx: Context, at: int) -> bool:
    """Whether the clause before ``at`` tells a month other than the story's (今年一月，X在同…座谈时说 in June), or a
    month of last year or of a year told before (去年, 当年: never the story's, whatever the month)."""
    m = _PAST_MONTH.search(ctx.text, max(0, at - 40), at) or _THAT_YEAR_MONTH.search(ctx.text, max(0, at - 40), at) \
        or _MONTH_HELD.search(ctx.text, max(0, at - 20), at) or _month_opening(ctx, at)
    return bool(m and ctx.reference_date and (m[1] in ("去年", "当年") or chinese_number(m[2]) != ctx.reference_date.month))


# a clause of its sentence opening on a month of this year or the last (习近平说，今年7月，应你邀请，我出席了…): the time of
# what the sentence tells after it, up to a day told again (a bare month, 9月底，国务院召开会议, only opening the sentence)
_MONTH_OPENS = re.compile(r"(?:^|(?<=[。，,：:\s\u3000]))(今年|去年)?" + _MONTH + "[，,]")


def _month_opening(ctx: Context, at: int) -> re.Match[str] | None:
    """The last clause opening on a month (今年7月，, or a bare 9月底， opening the sentence) in the sentence before
    ``at``, with no day told between."""
    s0 = ctx.rec.sentences[ctx.rec.sentence_of(at)][0]
    o = None
    for m in _MONTH_OPENS.finditer(ctx.text, s0, at):
        if m[1] or not ctx.text[s0 : m.start()].strip():
            o = m
    return o if o and not any(o.end() <= d.start < at for d in ctx.rec.dates) else None


_HELD_NEXT = re.compile(r"(?:随后|此后|之后|其后)[^。；;，,]{0,10}?(?:召开|举行)的$")
# a sentence that goes on from the one before (此后，…), and one that opens on a year's day (1934年12月18日，…)
_NEXT_OPENING = re.compile(r"[\s\u3000]*(?:此后|随后|之后|其后|后来)[，,]")
_PAST_DAY_OPENING = re.compile(r"[\s\u3000]*((?:19|20)\d\d)年(?:(\d{1,2})月(?:(\d{1,2})日)?)?[，,]")


def _days_before(o: re.Match[str], day: dt.date) -> int | None:
    """How many days before ``day`` the full date ``o`` opens with (2018年12月31日 in a story of 2019-01-01: 1), if it gives one."""
    try:
        return (day - dt.date(int(o[1]), int(o[2]), int(o[3]))).days if o[3] else None
    except ValueError:
        return None


def _sentence_before(text: str, at: int) -> int:
    """Where the sentence before the one holding ``at`` starts."""
    end = max(text.rfind(p, 0, at) for p in "。！？\n")
    return max(text.rfind(p, 0, end) for p in "。！？\n") + 1 if end >= 0 else 0


_PAST_MONTH = re.compile(r"(今年|去年)(?:\d{1,2}月?(?:和|、|至|到|及))?(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份|初|中旬|下旬|底)?(?:[，,]?[^。；;，,]{0,24}?(?:召开|举行|出席|参加|主持|在)[^。；;，,]{0,12}|(?![\d日号])[，,]?[^。；;，,]{0,12})$")
# 当年N月 opening its clause (当年12月，…); not the people described (当年10月跨过鸭绿江的老战士们…举行座谈会: held
# today). Where it dates the meeting itself, _MONTH_HELD reads it, after a subject too
_THAT_YEAR_MONTH = re.compile(r"(?:^|(?<=[。；;\n，,]))(当年)(?:\d{1,2}月?(?:和|、|至|到|及))?(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份|初|中旬|下旬|底)?"
                              r"[，,][^。；;，,]{0,36}$")
# the month it was held in: 6月召开的…, and after 当年 (group 1) also told by its verb: 党中央当年3月召开的…,
# 毛泽东同志当年3月在西柏坡主持召开… (not 当年10月在上甘岭作战的老兵举行…: a 的 in the place tells of people)
_MONTH_HELD = re.compile(r"(?:(?<![\d年])|(当年))(\d{1,2}|(?<=当年)(?:十[一二]?|[一二三四五六七八九]))月(?:份|初|中旬|下旬|底)?"
                         r"(?(1)(?:在[^。；;，,的]{1,10}?)?(?:主持)?(?:召开|举行|出席|参加)的?|(?:在[^。；;，,]{1,10}?)?(?:召开|举行)了?的?)$")


# a meeting held about another, named right after it: …杭州峰会|浙江省总结表彰大会
_ABOUT_IT = re.compile(r"[^和及与由、]{0,8}?(?:总结表彰|表彰|总结|筹备工作|动员)(?:大会|会议)")


def _about_another(hits: list) -> list:
    """One hit for a meeting named with the one it is about (…杭州峰会浙江省总结表彰大会): the summit is
    no meeting of its own there, and the meeting held keeps its whole name."""
    after = {h.start: h for h in hits if _ABOUT_IT.fullmatch(h.name)}
    out, skip = [], set()
    for h in hits:
        if (b := after.get(h.end)) is not None:
            # held when either part is told held (召开…峰会浙江省总结表彰大会: 召开 stands before the first)
            out.append(dataclasses.replace(b, start=h.start, name=h.name + b.name, reported=h.reported or b.reported))
            skip.add(b.start)
        elif h.start not in skip:
            out.append(h)
    return out


def _restated_below(text: str, hits: list) -> list:
    """Without the name on an item's own title line when the next line names a meeting of the
    same kind (a news flash: 我国第九个航海日大会举行 over 2013中国航海日大会今天在南通举行):
    the text's name is the meeting's."""
    out = []
    for h in hits:
        start, end = text.rfind("\n", 0, h.start) + 1, text.find("\n", h.end)
        line = text[start : end if end >= 0 else len(text)]
        below = [o for o in hits if end >= 0 and o.start > end and "\n" not in text[end + 1 : o.start].strip()]
        if len(line.strip()) <= 40 and not re.search(r"[。；;，,]", line) and any(o.reported and o.name[-2:] == h.name[-2:] for o in below):
            continue
        out.append(h)
    return out


_CAME_FOR = re.compile(r"(?:前来|来华|来京|赴华|访华|邀请|访问并)[^。；;，,]{0,8}?(?:出席|参加)$")  # 欢迎他前来杭州出席…峰会, 感谢中方邀请缅方出席…: the guest's
_CONGRATULATED_ON = re.compile(r"祝贺[^。；;，,]{0,24}?(?:出席|参加)了?$")  # (会见X，祝贺其…参加…峰会): the guest's reason to come
# (李克强对…外长会成功召开表示祝贺: the guests' meeting congratulated on, held before the audience and none of its own)
_CONGRATULATED_HELD = re.compile(r"的?(?:成功|顺利|胜利|圆满)(?:召开|举行|举办)表示(?:热烈|衷心)?的?祝贺")
_TALKS_FIRST = re.compile(r"会见|会谈|会晤|通电话|通话"
                          r"|(?:互致|致|复|回)(?:信|函)(?![心任用赖誉息])"  # a letter: …互致信函。…习近平表示，…交流会 (not 恢复信心, 一致信赖)
                          r"|接受[^。；;，,]{0,10}?采访")  # interviews: 来华出席…论坛的政要接受…采访时，表达了对…的期待
_SAYS = re.compile(r"(?:表示|指出|强调|说|认为)[，,：:]")
_GLAD_TO = re.compile(r"(?:我|我们)?(?:很|非常|十分)?(?:高兴|荣幸)")  # X说，很高兴出席…: words of his own attending
_WORDS_OPEN = re.compile(r"[\s\u3000]*(?:[他她]们?|[^，,。；;：:\n]{2,20}?)" + _SAYS.pattern)  # a sentence that opens on one's words (汪洋指出，…; 他强调，…)


# a relative day that names the present (中国女排今天的成绩, 今天的唐山), no event's day (今天上午的省委常委会上, 今天的开幕式)
_PRESENT_NAMED = re.compile(r"的(?P<noun>[^，,。；;：:！？!?\n“”]{1,12})")
_EVENT_WORD = re.compile(r"会|式|活动|典礼|演出|赛|讲话|致辞|演讲|报告|节目|新闻|发布|展|阅兵|论坛|座谈|谈判|磋商|考察|调研|学习|[上下中]午|晚|凌晨|早上|时")


def _present_named(ctx: Context, d: DateHit) -> bool:
    """Whether a relative day (今天, 昨天) is told before 的 and a noun of no event: the present, no meeting's day."""
    return d.relative_days is not None and bool((n := _PRESENT_NAMED.match(ctx.text, d.end)) and not _EVENT_WORD.search(n["noun"]))


def _words_go_on(ctx: Context, at: int) -> bool:
    """Whether the sentence before the one at ``at`` opens on someone's words (汪洋指出，今年是…。习近平总书记在…大会上
    发表重要讲话): his words go on into it."""
    k = ctx.rec.sentence_of(at)
    return k > 0 and bool(_WORDS_OPEN.match(ctx.text, ctx.rec.sentences[k - 1][0]))


def _written_alike(name: str, others: set[str]) -> bool:
    """Whether ``name`` is one of ``others`` written a little differently: the same kind (last two
    characters), the shorter's characters in order in the longer (全省宣传思想工作会议, 全省宣传思想文化工作会议)."""
    for o in others:
        short, long = sorted((name, o), key=len)
        chars = iter(long)
        if len(short) >= 4 and short[-2:] == long[-2:] and all(c in chars for c in short):
            return True
    return False


_TOLD = re.compile(r"。(?:随后|会后|会议结束后|会谈后|会见后|会谈前|会见前|会前|(?:开幕|闭幕)(?:会|式)?[前后]|当天|当晚|同日|之后|此后|[上下]午|晚上)|参加(?:会见|会谈|上述)"
                   # a sentence that tells a dated act: …副总理刘延东20号接见…，出席…座谈会并讲话, 张伟4日又主持召开…
                   # (not a verb that opens a modifier: 很高兴参加X今天主持召开的…会议 is still the speaker's)
                   r"|。[^。；;，,]{0,40}?(?:\d{1,2}[日号]|[今昨]天)(?:[上下]午|晚上)?(?:在[^。；;，,]{1,15}?)?(?:又|还|再|随即)?(?:接见|会见|出席|主持|参加)(?!(?:召开|举行)?的)"
                   # a sentence that opens on its own day (…时说，…。5号，X在与Y通话时…): the story told again
                   r"|。\s*\d{1,2}[日号](?:[上下]午|晚上)?[，,]")
# …说，…。普京当天在|与默克尔通电话时表示: talks or a call of that day, narrated, right at the mention (not in quoted words)
_TOLD_AT_DAY = re.compile(r"。[^。；;，,]{0,40}?(?:\d{1,2}[日号]|[今昨当]天)(?:[上下]午|晚上)?在$")
# a source's report, not a person's words (叙利亚方面22日发表声明说，…; 韩联社报道说，…): what it tells is news
_REPORTS = re.compile(r"(?:声明|报道|消息|公报)$")


def _said(ctx: Context, h) -> bool:
    """Whether a mention stands in what someone says: its paragraph has 表示，/指出，… before it (not a
    source's 声明说，), and the story is not told again in between (随后，…; X参加会见; 。5号，…)."""
    return _said_at(ctx, h.start)


def _said_at(ctx: Context, at: int) -> bool:
    """Whether the text at ``at`` stands in what someone says (see ``_said``)."""
    says = [m for m in _SAYS.finditer(ctx.text, ctx.text.rfind("\n", 0, at) + 1, at)
            if not _REPORTS.search(ctx.text, max(0, m.start() - 2), m.start())]
    if not says or _TOLD.search(ctx.text, says[-1].end(), at):
        return False
    quoted = ctx.text.count("“", says[-1].start(), at) > ctx.text.count("”", says[-1].start(), at)
    return quoted or not _TOLD_AT_DAY.search(ctx.text, says[-1].end(), at)


# a sentence that opens on a bare name's act (王刚出席…大会并致辞, 张伟12日主持…): narrated, not the words before it going
# on (not 会议认为，…。习近平总书记主持召开…座谈会: a title, as a meeting's words tell it)
_ACT_OPENS = re.compile(r"[\s\u3000]*[\u4e00-\u9fff]{2,4}(?:\d{1,2}[日号])?(?:出席|主持|参加|会见)(?!(?:召开|举行)?的)")


def _said_here(ctx: Context, h) -> bool:
    """Whether a mention stands in words said in its own sentence or the one before (汪洋指出，…召开X; 会议指出，…。X是…),
    not only somewhere before it in a paragraph that may go on to tell the story again (…指出，…。闭幕会后，…举行X), nor
    where its sentence has words of its own said at it (…指出，…。Y当天在记者会上说，…) or opens on an act (…。王刚出席X)."""
    start = ctx.rec.sentences[ctx.rec.sentence_of(h.start)][0]
    return _said(ctx, h) and (_SAYS.search(ctx.text, start, h.start) is not None
                              or bool(_REPORT_WORDS_OPEN.match(ctx.text, ctx.text.rfind("\n", 0, h.start) + 1))
                              or _words_go_on(ctx, h.start) and not _BRIEFS.match(ctx.text, h.end)
                              and not _ACT_OPENS.match(ctx.text, start, h.start) and not _titled_act_opens(ctx, start, h.start))


# a paragraph that opens on what one said in his report or speech (刘云山在报告中指出，…): all of it his words, however
# many sentences (…。大会和随后召开的…全会选举产生的…: a meeting he cites)
_REPORT_WORDS_OPEN = re.compile(r"[\s\u3000]*[^，,。；;：:\n]{2,20}?在(?:报告|讲话|发言|致辞|演讲)中" + _SAYS.pattern)


_NAMED_ACT = re.compile(r"(?:\d{1,2}[日号])?(?:出席|主持|参加|会见)(?!(?:召开|举行)?的)")


def _titled_act_opens(ctx: Context, start: int, end: int) -> bool:
    """Whether the sentence at ``start`` opens on a titled name's act (全国政协副主席张庆黎出席…大会并讲话): narrated,
    as _ACT_OPENS's bare name (a title before the name, with no break; not 习近平总书记主持…, as words tell it)."""
    return any(start < p.start < end and not re.search(r"[，,。；;：:“”\n]", ctx.text[start : p.start])
               and _NAMED_ACT.match(ctx.text, p.end) for p in ctx.rec.persons if p.via != "byline")


_BRIEFING = re.compile(r"(?:发布会|记者会|吹风会|(?:记者|媒体)(?:招待会|见面会))$")  # a press conference (记者招待会 too)
_BRIEFS = re.compile(r"了?(?:介绍|通报|发布|公布)|上(?:[，,][^，,。；;：:“”]{2,30}?)?(?:说|表示|指出|介绍|强调|宣布|透露)")


def _briefs(text: str, h) -> bool:
    """A press conference that is the subject of its briefing, or where someone speaks, is held:
    今天（4月28日），国务院联防联控机制新闻发布会介绍了最新疫情; 发言人X在例行记者会上表示;
    在闭幕后的新闻发布会上，东道主财长X表示. So is any meeting the reporter learnt the news at:
    记者从全国财政工作会议上了解到, 记者今天从国新办发布会了解到."""
    return bool(_BRIEFING.search(h.name) and _BRIEFS.match(text, h.end) or _LEARNT.match(text, h.end) and text[h.start - 1 : h.start] == "从")


_LEARNT = re.compile(r"上?(?:了解到|获悉|得到消息)")  # 记者今天从国新办发布会了解到


_SITTING = re.compile(rf"(?:第{NUMERAL}次)?全体会议|联组会议|分组会议|分组讨论|预备会议|第{NUMERAL}阶段会议|新闻发布会|记者会"
                      r"|开班式|结业式|开幕会议|闭幕会议")  # (…研讨班18日在京举行开班式: the course's ceremony, one meeting with it)
# between a session's name and its sitting: 30日下午在人民大会堂举行, 6月29日下午在京举行 (今天还举行了两场记者会)
_SITS = re.compile(r"(?:(?:\d{1,2}月)?\d{1,2}[日号])?(?:今天|昨天)?(?:上午|下午|中午|晚上|晚间|晚)?[还也]?(?:在[^，,。；;]{1,15}?)?(?:举行|召开)了?")


# a session (or its news centre) holding press conferences counted: 十二届全国人大五次会议今天举行四场记者会
_COUNTED_PRESS = re.compile(r"(?P<centre>新闻中心)?" + _SITS.pattern + r"(?P<count>(?:两|[三四五六七八九]|多|几|数)场)(?P<kind>记者会|新闻发布会)(?=[，,。；;])")


# sessions listed that each hold a press conference (…人大四次会议、全国政协…会议今天分别举行记者会): as counted ones
_EACH_PRESS = re.compile(r"(?:\d{1,2}[日号])?(?:今天|昨天)?(?:上午|下午|晚上)?分别(?:在[^，,。；;]{1,15}?)?(?:举行|召开)了?(?:新闻发布会|记者会)(?=[，,。；;])")


def _sittings(ctx: Context, hits: list) -> list:
    """A sitting of a session is one meeting with it: 十二届全国人大常委会第二十九次会议30日下午在
    人民大会堂举行联组会议 → …第二十九次会议联组会议, 十三届全国人大四次会议解放军和武警部队代表团
    全体会议 → one meeting (the two names kept as aliases; held when either is). So are the press
    conferences counted that a session holds (…会议今天举行了三场记者会): one record, as the text does not
    say who answered at which, not the session (none of whose sittings is told). Sessions listed before
    the counted conferences (…人大四次会议、全国政协…举行三场记者会, or …分别举行记者会) are none of them held that day."""
    out = []
    for h in sorted(hits, key=lambda h: h.start):
        press = _COUNTED_PRESS.match(ctx.text, h.end)
        if press and h.name.endswith("会议") and not _DEIXIS.match(h.name) and not _LIST.fullmatch(ctx.text, h.start - 1, h.start):
            name = h.name + (press["centre"] or "") + press["kind"]
            h = MeetingHit(h.start, press.end(), name, h.reported, (*h.aliases, h.name, press["count"] + press["kind"], press["kind"]), h.organizer)
        elif h.name.endswith("会议") and (press or _EACH_PRESS.match(ctx.text, h.end) and out and _LIST.fullmatch(ctx.text, out[-1].end, h.start)):
            # a list of sessions, whose conferences are not told apart (…人大四次会议、全国政协…举行三场记者会):
            # the list's sessions hold them, not a sitting of their own that day: none is told held
            h = dataclasses.replace(h, reported=False)
            for k in range(len(out) - 1, -1, -1):
                if not (out[k].name.endswith("会议") and _LIST.fullmatch(ctx.text, out[k].end, (out[k + 1] if k + 1 < len(out) else h).start)):
                    break
                out[k] = dataclasses.replace(out[k], reported=False)
        prev = out[-1] if out else None
        between = ctx.text[prev.end : h.start] if prev else ""
        if prev is not None and not _SITTING.search(prev.name) and (
            (h.start == prev.end and ("代表团" in h.name or _SITTING.fullmatch(h.name)))
            or _SITTING.fullmatch(h.name) and _SITS.fullmatch(between)
        ):
            out[-1] = MeetingHit(prev.start, h.end, prev.name + h.name, prev.reported or h.reported,
                                 (*prev.aliases, prev.name, h.name), prev.organizer)
        else:
            out.append(h)
    return out


_LIST = re.compile(r"、|和|及|以及|与")
_OBJECT_VERB = re.compile(r"(?:召开|主持|出席|参加|举行)了?$")  # a cue whose verb takes the meeting told right after it


_DEIXIS = re.compile(r"^(?:这次|这个|此次|本次|本届|该|这一|这场)")
_BACK = re.compile(r"^(?:这一|这场)")  # a pointer back to one told before (再次举行这一高级别军事会谈), never the story's own name


def _unheld_antecedent(h, hits: list, held) -> bool:
    """本届大会 after a meeting of that kind the story does not hold (会见出席第八届…联谊大会的全体代表，
    …向本届大会成功召开表示祝贺): the same meeting, not held either."""
    if not _DEIXIS.match(h.name):
        return False
    kind = _DEIXIS.sub("", h.name)
    before = [o for o in hits if o.end <= h.start and not _DEIXIS.match(o.name) and o.name.endswith(kind)]
    return bool(kind and before and not held(before[-1]))


def _deixis_merged(reported: dict[str, list]) -> dict[str, list]:
    """这次会议, 本次峰会 … name the story's meeting: their mentions join the meeting of that
    kind (…峰会 for 本次峰会; …世界卫生大会 for 本届世界卫生大会), a bare kind (这次会议) else the
    first named one, a short form (本次APEC会议: an organisation's known form and the kind) the only
    one of its kind whose name holds that organisation (亚太经合组织…会议); alone, or naming no
    meeting of the story, they stay a meeting. A press conference is never the 会议 or 大会 they name."""
    named = [name for name in reported if not _DEIXIS.match(name)]
    # 这次十分重要的大会 naming no meeting of the story: a description, not a name
    reported = {name: hits for name, hits in reported.items() if not (
        _DEIXIS.match(name) and "的" in name and not any(n.endswith(name.split("的")[-1]) for n in named))}
    if not named:
        return reported
    out = {name: list(reported[name]) for name in named}
    for name, hits in reported.items():
        if _DEIXIS.match(name):
            kind = _DEIXIS.sub("", name)
            # 举行新闻发布会，…本次大会3月5日开幕 (or …会议…新闻发布会, 本次会议): the session the briefing is of, not the briefing
            own = named if _BRIEFING.search(kind) else [n for n in named if not _BRIEFING.search(n)]
            first = min(named, key=lambda n: reported[n][0].start) if len(kind) <= 5 else None
            first = first if first in own else None
            # 本次APEC会议 of 亚太经合组织…领导人非正式会议: a short form, the one named meeting of its kind
            alike = [n for n in named if n.endswith(kind[-2:]) and _short_form_of(kind[:-2], n)]
            target = next((n for n in own if n.endswith(kind) or kind in n), first or (alike[0] if len(alike) == 1 else None))
            if target is None and _BACK.match(name) and len(told := [n for n in named if n.endswith(kind[-2:]) and reported[n][0].start < hits[0].start]) == 1:
                target = told[0]  # 举行将军级军事会谈。…再次举行这一高级别军事会谈: the one of its kind told before
            if target is None:
                out[name] = hits
                continue
            out[target] = sorted(out[target] + hits, key=lambda h: h.start)
    return out


def _points_back_unheld(ctx: Context, name: str, at: int) -> bool:
    """Whether a deixis left alone (此次会议, 本次峰会) points back to a meeting the story named before it and
    does not tell held (…特别峰会必将…。…举行此次会议意义重大): that one, cited, no meeting of its own."""
    if not _DEIXIS.match(name):
        return False
    kind = _DEIXIS.sub("", name)
    return any(h.start < at and not _DEIXIS.match(h.name) and (h.name.endswith(kind) or kind == "会议")
               for h in ctx.rec.meetings if not ctx.rec.in_meta(h.start) and not ctx.rec.in_headline(h.start))


def _short_form_of(head: str, name: str) -> bool:
    """Whether ``head`` (APEC, G20领导人) is an organisation's written form, then words of ``name``, and
    ``name`` holds one of that organisation's forms (亚太经合组织…, 二十国集团领导人…)."""
    orgs = lexicons.organizations()
    for k in range(len(head), 1, -1):
        if (e := orgs.get(head[:k])) and head[k:] in name:
            return any(form in name for form in (e.name, e.short, *e.aliases))
    return False


def _listed(ctx: Context, hits: list) -> list:
    """A meeting listed after a held one is held: 共同主持A第十次会议、B第十五次会议和C第六次会议
    (the connector dropped where the name took it: 和|C第六次会议)."""
    out = []
    for h in sorted(hits, key=lambda h: h.start):
        prev = out[-1] if out else None
        joined = _JOINED.match(h.name) if prev and h.start == prev.end else None
        if joined:
            h = dataclasses.replace(h, start=h.start + joined.end(), name=h.name[joined.end():], aliases=())
        if (prev and prev.reported and not h.reported and _LIST.fullmatch(ctx.text[prev.end : h.start])
                and _LIST_ENDS.match(ctx.text, h.end) and not _COUNTED.match(h.name)):
            h = dataclasses.replace(h, reported=_held(ctx.text, prev))
        out.append(h)
    return out


_LIST_ENDS = re.compile(r"[、，,。；;\s]|和|及|与|并|后|时|期间|$")  # not 亚非领导人会议和万隆会议|60周年纪念活动
_COUNTED = re.compile(rf"{NUMERAL}(?:次|场|个)")  # 出席了历届议联大会和三次世界议长大会
_JOINED = re.compile(r"(?:以及|和|及|与)(?=[\u4e00-\u9fff]{4})")


def _article_year(ctx: Context, name: str) -> int | None:
    """The year a story without a publication date is about: from the meeting's name, else the
    first year the story writes (2019年)."""
    m = re.search(r"((?:19|20)\d\d)年", name) or re.search(r"((?:19|20)\d\d)年", ctx.text)
    return int(m.group(1)) if m else None


def _with_year(year: int, month_day: str) -> tuple[dt.date | None, str | None]:
    try:
        d = dt.date(year, int(month_day[2:4]), int(month_day[5:7]))
    except ValueError:
        return None, month_day
    return d, d.isoformat()


def _range_end(hit: DateHit | None, start: dt.date | None, start_text: str | None) -> str | None:
    """The last day of a range (14日至16日): same year as the start, or the next one."""
    if hit is None or hit.end_day is None or start_text is None:
        return None
    month = hit.end_month or int(start_text[-5:-3])
    if start is None:
        return f"--{month:02d}-{hit.end_day:02d}"
    year = start.year + (1 if month < start.month else 0)
    try:
        return dt.date(year, month, hit.end_day).isoformat()
    except ValueError:
        return None


# a meeting that opens the days told (…活动5日到7日举行。…对话会为系列活动拉开帷幕): held on their first
_OPENS_SPAN = re.compile(r"[^。；;，,]{0,4}?为[^。；;，,]{0,12}?(?:拉开|揭开)了?(?:帷幕|序幕)")
_DATELINE = re.compile(r"(\d{1,2})月(\d{1,2})日电")
_TOUR = re.compile(r"先后(?:来)?到|(?:来到|前往|赴)[^。；;，,]{2,40}?等地|深入[^。；;，,]{0,40}?[，,]?(?:了解|调研|考察)|(?:调研|考察|视察)(?:期间)?(?:[，,。]|并(?:主持)?召开)"
                   r"|来到[^。；;，,]{2,40}?[，,](?:走进|走访)")  # a tour told between the days and the meeting
# (深入…农村、牧区、宗教活动场所了解情况: the places it went to may be listed, up to seven or eight of them; 深入杭州的农村、社区，了解…:
# a clause of its own; 赴甲、乙等地: the places gone to; X在甲、乙调研。: a sentence of its own; 来到…，走进…: one place after another)
_SPAN = re.compile(r"[至到—－-]")  # days told as a span (1日至3日), not two joined (21号和22号)
_AUDIENCE_NAMED = re.compile(r"(?:集体)?(?:会见|接见)")  # an audience's name (会见X), not talks (同X举行会谈) that may last days
_VISIT = re.compile(r"进行[^。；;，,]{0,8}?访问|访问期间|出访|[日号]访问")  # (28日至30日访问阿联酋，分别…会见: the days of the visit)


# held on the days told beside its name: …博览会9月16日至19日在南宁举行, 6月16日至18日，…峰会在西安举行
_HELD_ON_DAYS = re.compile(r"(?:在[^。；;，,]{1,15}?)?(?:举行|召开|举办|开幕)")


# one item of a list of activities held over the days told: …对话会”、“…”图片展和…等系列活动
_ONE_OF_ACTIVITIES = re.compile(r"[”\"]?[、和及][^。；;]{0,80}?等(?:一?系列|多项|多场)?活动")


def _audiences_in_sentence(rec, at: int, ordered, audiences) -> int:
    """How many audiences are named in the sentence at ``at``."""
    k = rec.sentence_of(at)
    return sum(1 for name, hits in ordered if name in audiences and any(rec.sentence_of(h.start) == k for h in hits))


def _shares_sentence(rec, at: int, name: str, ordered) -> bool:
    """Whether a meeting other than ``name`` is named in the sentence at ``at``."""
    k = rec.sentence_of(at)
    return any(other != name and any(rec.sentence_of(h.start) == k for h in hits) for other, hits in ordered)


def _its_own_days(text: str, date_hit: DateHit, hits: list) -> bool:
    """Whether the days told are the meeting's own, its name their subject (NAME D至D在…举行, D至D，NAME
    在…举行), not a trip's it is part of (D至D，X出席NAME并对…进行国事访问)."""
    return any(h.end <= date_hit.start and not text[h.end : date_hit.start].strip() and _HELD_ON_DAYS.match(text, date_hit.end)
               or date_hit.end <= h.start and text[date_hit.end : h.start] in ("", "，", ",") and _HELD_ON_DAYS.match(text, h.end) for h in hits)


def _elsewhen(ctx: Context, date: dt.date | None, date_hit: DateHit | None, hits: list) -> bool:
    """A meeting dated in its own sentence more than two months before the story (2014年12月10日…座谈会
    told in February: cited) or after it (9月11日至12日举行 in a story of the 9th, which reads as
    last year's date: announced) is not one the story reports."""
    ref = ctx.reference_date
    if date is None or ref is None or date_hit is None:
        return False
    if (line := _DATELINE.search(ctx.text, 0, 200)) and (int(line[1]), int(line[2])) != (ref.month, ref.day):
        return False  # 新华社北京9月20日电 in a story filed on another day: its own date is not known
    k = ctx.rec.sentence_of(date_hit.start)
    if all(ctx.rec.sentence_of(h.start) != k for h in hits):
        return False  # the body's first date, not the meeting's own
    return not 0 <= (ref - date).days <= 60


def _restated(
    ctx: Context, name: str, hits: list, span: tuple[dt.date, dt.date], own: tuple, participants, named_in: dict[int, str]
) -> tuple[DateHit, tuple[dt.date, str], tuple] | None:
    """A meeting dated by a visit's span (12日至14日…并主持A会议) is held on the one day that opens
    a later sentence restating it, by name (12日上午，X主持召开座谈会) or by its chair (13日，张高丽和
    张志贤共同主持三个合作机制会议, a sentence naming no other meeting): (that day's hit, its date,
    the roles with the restating sentence's chairs added). None when no or several days restate it."""
    rec, text = ctx.rec, ctx.text
    chairs = {p.person for p in own if p.role == "chair"}
    first = rec.sentence_of(hits[0].start)
    mine = {rec.sentence_of(h.start) for h in hits}
    found: dict[dt.date, tuple[DateHit, list]] = {}
    for k in range(first + 1, len(rec.sentences)):
        s, _ = rec.sentences[k]
        s += len(text[s:]) - len(text[s:].lstrip())
        d = next((d for d in rec.dates if d.start == s and d.end_day is None and d.relative_days is None), None)
        if d is None or named_in.get(k, name) != name:
            continue
        said = [p for _, p in participants if p.role == "chair" and p.cue.sentence == k]
        if k in mine or chairs & {p.person for p in said}:
            day, _ = resolve_date(d, ctx.reference_date, None)
            if day is not None and span[0] <= day <= span[1]:
                found.setdefault(day, (d, said))
    if len(found) != 1:
        return None
    (day, (d, said)), = found.items()
    added = tuple(p for p in said if p.person not in chairs)
    return d, (day, day.isoformat()), own + added


_HEARS_REPORTS = re.compile(r"[，,]?(?:听取|审议)")  # a meeting told as the subject that hears reports (…会议，听取和审议了…)
_WORDS_DONE = re.compile(r"[，,](?:随后|会后|之后)")  # the words over, the story goes on: X强调，…，随后主持召开… (not 党的二十大之后)
_DIRECTED = re.compile(r"(?:(?<![主重需])要|应当?|必须|务必)[^，,。；;]{0,12}$")  # a meeting ordered in the words: 会后各市要主持召开…
# …；本次会议，听取了Y作的报告: Y's report is the story's own (a bare ； only lists what the other meeting heard)
_THIS_SESSION = re.compile(r"(?:本次|此次|这次)会议")
# (本月召开)的…会议上 before a cue: where it was done (not 上周, 上午 …), the words before telling when
# 在结业式上作总结讲话: the ceremony of a course or session named where the cue is done
_CEREMONY_KINDS = r"(?:(?:开班|结业|闭班|开学|毕业|开幕|闭幕)(?:式|典礼)|典礼)"
_AT_CEREMONY = re.compile(r"在(?:[^，,。；;在]{0,12}?)(?P<kind>" + _CEREMONY_KINDS[3:-1] + r")上[^，,。；;]{0,4}$")

_AT_RITE = re.compile(r"在(?P<rite>[^，,。；;在]{0,30}?(?<!开幕)(?<!闭幕)(?:仪式|典礼))上[，,]?[^，,。；;]{0,4}$")


# an opening rite named by what it opens (开园仪式, 开馆典礼, 开营仪式), and a meeting told opened (…博览会在北京开幕)
_OPENING_RITE = re.compile(r"^(?:开[园馆营展街]|启幕)(?:仪式|典礼)$")
_TOLD_OPENED = r"[^。；;，,]{0,24}?(?:开幕|开园|开馆|开营|开展|启幕)"


def _opens_story_meeting(text: str, rite: re.Match, names) -> bool:
    """Whether a bare opening rite (在开园仪式上) is the opening of one of the story's meetings told opened before it."""
    return bool(_OPENING_RITE.match(rite["rite"])) and any(
        re.search(re.escape(name) + _TOLD_OPENED, text[: rite.start()]) for name in names)


def _ceremony(word: str) -> str:
    """The ceremony a word names, however written: 开班典礼 and 开班式 are both the 开班."""
    return re.sub(r"(?:式|典礼)$", "", word)


# a speech's own clause naming where it was given (在《…》发表40周年纪念会上发表重要讲话), right before the cue
_AT_NAMED_SITTING = re.compile(r"在(?P<what>[^，,。；;在]{2,40}?(?:会|会议|论坛|峰会))上的?$")
_TODAYS = ("今天的", "当天的", "今日的")  # a sitting named by its day in one's words: the story's own
_CITED_AT = re.compile(r"的[^，,。；;的]{1,30}?(?:会|会议|论坛)上(?![周月午旬届次个年半])")
# a role still to come in the cue's own clause: 介绍了X即将对A进行国事访问并赴B出席, 将于下月出席 (not 中将, 将军, 将来;
# not the words 名将 and 运动|游泳|田径|体坛健将 (but 张健|将, 李猛|将: a name's last character), 将近 (but 将|近期: soon),
# the places 将乐县 and 将台; not 即将离任的X…并出席, 即将 of the person)
_DUE_ROLE = re.compile(r"(?:即将|(?<![即中少上大名])(?<![动泳径坛]健)将要?(?![军士领帅来乐台]|近(?!期))|拟|定于)[^。；;，,！？\n的]{0,30}$")
# a sentence that tells what is to come, anywhere before the cue (X将出席…，同Y举行会谈，共同出席…): an announcement
_ANNOUNCED = re.compile(r"(?:即将|(?<![即中少上大名])(?<![动泳径坛]健)将要?(?![军士领帅来乐台]|近(?!期))|拟|定于)[^。；;！？\n]*$")
_UNREAD_HELD = re.compile(r"(?:召开|举行)了?(?:紧急|特别)?会议(?=[，,。；;])")  # a meeting held with no name read: 就…召开会议，


def _roles_by_meeting(ctx: Context, participants, ordered, untargeted: set[str], first: int, joiners: set[int] = frozenset()) -> dict[int, tuple]:
    """Cue roles by meeting (index into ``ordered``): the meeting named nearest the cue in its
    sentence (白玛赤林在参加西藏代表团审议时说 → 西藏代表团审议) and those listed after it, else
    the ``first`` (not for ``joiners``, ids of roles that join an audience: 参加会见)."""
    rec = ctx.rec
    by_sentence: dict[int, list[tuple[int, int, int]]] = {}
    for i, (name, hits) in enumerate(ordered):
        if name not in untargeted and not name.startswith(("本次", "此次", "这次", "本届")):
            told = {(h.start, h.end) for h in hits}  # and its name told again, not read as held: 联组会上，X作了发言
            for h in hits + [h for h in rec.meetings if (h.start, h.end) not in told and h.name == name and not rec.in_meta(h.start)]:
                by_sentence.setdefault(rec.sentence_of(h.start), []).append((h.start, h.end, i))
    title = ctx.article.title if ctx.article else ctx.doc.title
    items = _items(ctx.text) if title and _FLASH.search(title) else []
    names = {name for name, _ in ordered}

    told_in: dict[int, list] = {}

    def in_sentence(at: int) -> list:
        """The meetings named in the sentence holding ``at``, listed once per sentence."""
        k = rec.sentence_of(at)
        if k not in told_in:
            s, e = rec.sentences[k]
            told_in[k] = [h for h in rec.meetings if s <= h.start < e]
        return told_in[k]

    def at_unheld(cue_start: int, p) -> bool:
        """Whether the cue's object is a meeting the story does not hold (出席(指导)X专题民主生活会 of a past month)."""
        cue_end = cue_start + len(p.cue.norm)
        return any(0 <= h.start - cue_end <= 1 or ctx.text[cue_end : h.start] == "指导"
                   for h in in_sentence(cue_start) if not _names_one(h.name, names))

    # 出席指导X会…，并发表重要讲话 of a meeting not held: his later roles of the sentence are at it too
    elsewhere = {(p.cue.sentence, p.person) for cue_start, p in participants
                 if p.role == "attendee" and not by_sentence.get(rec.sentence_of(cue_start))
                 and (at_unheld(cue_start, p) or _at_named_activity(ctx.text, cue_start + len(p.cue.norm), names))}
    unread: list[int | None] = []

    def first_unread() -> int | None:
        """Where the story first tells a meeting held that no name was read for (安理会就…召开会议); scanned
        once, when a cue first asks."""
        if not unread:
            unread.append(next((m.start() for m in _UNREAD_HELD.finditer(ctx.text) if not any(h.start <= m.end() - 2 < h.end for h in rec.meetings)), None))
        return unread[0]

    out: dict[int, list[Participation]] = {}
    days: dict[int, DateHit | None] = {}  # each meeting's date, read once
    for cue_start, p in participants:
        if _ASKS.fullmatch(p.cue.norm) and _REPORTER.search(ctx.doc.text, max(0, p.mention.start - 10), p.mention.start):
            continue  # 路透社记者X就…等问题提问: a reporter's question at a press conference, no member's at a hearing
        sentence_start = rec.sentences[rec.sentence_of(cue_start)][0]
        if p.cue.norm.startswith(("出席", "参加", "主持")) and _DUE_ROLE.search(ctx.text, sentence_start, cue_start):
            continue  # 外交部…举行吹风会，介绍了X即将…并赴B出席…会议: due at a meeting to come, not at the briefing
        if _BELIEVED_TO_BRING.search(ctx.text, sentence_start, cue_start + 2) and _BRINGS.match(ctx.text, cue_start + 2):
            continue  # 相信X此次出席峰会将为…作出贡献: what a trip to come is believed to bring
        near = sorted(by_sentence.get(rec.sentence_of(cue_start), []))
        # 刘云山在讲话中说，习近平…参加…民主生活会: a meeting in what the speaker says is not where he speaks
        near = [n for n in near if n[0] < cue_start or not _SAYS.search(ctx.text, cue_start + len(p.cue.norm), n[0])]
        # 出席X为出席峰会的各国领导人举行的欢迎晚宴: the summit names the guests, the banquet is what he attends
        near = [n for n in near if not (n[0] > cue_start and _GUESTS_OF.search(ctx.text, max(0, n[0] - 4), n[0])
                                        and any(o[0] >= n[1] for o in near))]
        if id(p) in joiners and p.role == "attendee" and _JOINS_TALKS.match(ctx.text, cue_start + len(p.cue.norm)):
            # 参加会见并在…举行的理事大会上讲话: he joins the audience; the meeting told after it is where he speaks
            near = [n for n in near if n[0] < cue_start]
        if p.role == "attendee" and p.mention.start > cue_start and (rite := _RITE_NAMED.match(ctx.text, cue_start + len(p.cue.norm))):
            # 出席颁奖仪式的领导同志还有X: at the rite the story names so, told by then; at no other meeting
            rites = [(h.start, h.end, i) for i, (name, hits) in enumerate(ordered) if name.endswith(rite["rite"]) for h in hits if h.start < rite.end()]
            if not rites:
                continue
            near = [max(rites)]
        if near and p.role == "attendee" and (act := _ACTIVITY.match(ctx.text, cue_start + len(p.cue.norm))) \
                and all(n[0] >= act.end() for n in near):
            continue  # 出席两岸…交流活动，并与前来参加第七届海峡论坛的乡亲座谈: at the activity, not the forum told after it
        if not near and items:  # a news flash: the meeting told in the cue's own item, if any
            lo = max((t for t in items if t <= cue_start), default=0)
            hi = min((t for t in items if t > cue_start), default=len(ctx.text))
            told = [(h.start, i) for i, (name, hits) in enumerate(ordered) if name not in untargeted
                    for h in hits if lo <= h.start < hi]
            if not told:
                continue
            near = [(0, 0, min(told)[1])]
        if p.cue.norm.startswith(_WATCHERS):  # …等到现场观看演出: at the show told last before it, no other meeting told between
            lo = max((t for t in items if t <= cue_start), default=0)  # (nor another item of a news flash)
            shows = [(h.start, h.end, i) for i, (name, hits) in enumerate(ordered) if name.endswith(_SHOW_KINDS) for h in hits
                     if lo <= h.start and h.end <= cue_start + len(p.cue.norm)]  # (or the show the cue names: 观看《…》文艺晚会)
            last = max(shows, default=None)
            if last is None or any(min(last[1], cue_start) <= h.start < cue_start for name, hits in ordered if not name.endswith(_SHOW_KINDS) for h in hits) \
                    or _NOT_WATCHED.search(ctx.text, _clause_start(ctx.text, rec.sentences[rec.sentence_of(cue_start)][0], cue_start), cue_start) \
                    or _REHEARSAL.match(ctx.text, cue_start + len(p.cue.norm)) \
                    or _WATCHED_ELSEWHEN.search(ctx.text, rec.sentences[rec.sentence_of(cue_start)][0], cue_start) \
                    or _WATCHED_OTHER_ACT.match(ctx.text, cue_start + len(p.cue.norm)):
                continue  # 会见后，X在上海观看了演出; 未能观看演出, 2014年曾一起观看演出, 观看了晚会的彩排: no watcher of this show
            near = [last]
        unnamed = not near  # no meeting told in the cue's sentence (or its flash item)
        if not near and p.role == "attendee" and _ITS_ACTIVITIES.match(ctx.text, cue_start + len(p.cue.norm)) \
                and _WITH_INSPECTION.search(ctx.text, *rec.sentences[rec.sentence_of(cue_start)]):
            continue  # X、Y陪同考察，Z参加有关活动: the inspection's company, at no meeting of the story (not …陪同调研并出席会议)
        if not near:
            if id(p) in joiners or p.cue.norm.startswith("召开"):
                continue  # a convener's meeting is the one his sentence names
            if p.role == "chair" and p.cue.norm.endswith(("召开", "召开了")) \
                    and (says := _SAYS.search(ctx.text, rec.sentences[rec.sentence_of(cue_start)][0], cue_start)) \
                    and (not _WORDS_DONE.search(ctx.text, says.end(), cue_start) or _DIRECTED.search(ctx.text, max(says.end(), cue_start - 14), cue_start)):
                # X指出，…Y主持召开中央政治局常委会多次听取汇报, X强调，各地要…主持召开专题会议: in one's words, a meeting
                # unread or ordered, not this one (but X在调研时强调，…，随后主持召开会议: X's own meeting, after his words)
                continue
            if any(not _names_one(h.name, names) and not _DEIXIS.match(h.name) and ctx.text.startswith("上", h.end) and h.end <= cue_start
                   and not _CLAUSE_MARK.search(ctx.text[h.end : cue_start]) and (_SAYS.search(ctx.text, rec.sentences[rec.sentence_of(h.start)][0], h.start)
                                                                                  or _words_go_on(ctx, h.start) and not _written_alike(h.name, names)
                                                                                  or _spoke_there(ctx.text, h, p.person) and not _written_alike(h.name, names))
                   for h in in_sentence(cue_start)):
                # 委员们表示，…习近平总书记在…联组会上发表重要讲话 (or in the sentence after one that opens on 汪洋指出，):
                # said of a meeting the story only refers to
                continue
            last = max((h for h in in_sentence(cue_start) if h.end <= cue_start), key=lambda h: h.end, default=None)
            if last and _HEARS_REPORTS.match(ctx.text, last.end) and not _THIS_SESSION.search(ctx.text, last.end, cue_start) \
                    and not _names_one(last.name, names) and (_of_a_past_year(ctx, last) or _month_named_other(ctx, last)):
                continue  # 当年6月召开的…第十五次会议，听取了X作的…报告: a report to a meeting of another time (not 主席团会议听取了…)
            told = max((h for h in rec.meetings if h.end <= cue_start and not rec.in_meta(h.start)), key=lambda h: h.end, default=None)
            if told and not _names_one(told.name, names) and rec.sentence_of(cue_start) - rec.sentence_of(told.start) <= 2 \
                    and not _said(ctx, told) and _of_a_past_year(ctx, told):
                # 2015年全国两会上，X参加…代表团的审议。…当她发言汇报时: at that year's meeting, told last, not the story's
                # (not one in words: …指出，…2014年中国将主办…会议。Y、Z等出席)
                continue
            if at_unheld(cue_start, p) and not p.cue.norm.startswith("传达") or (p.cue.sentence, p.person) in elsewhere:
                continue  # 审议了X出席亚太议会论坛年会…的书面报告, 主持第三轮…磋商后抵达: at a meeting not held here (X传达了…会议精神 speaks here)
            if p.role == "speaker" and (words := _WORDS_OPEN.match(ctx.text, rec.sentences[rec.sentence_of(cue_start)][0])) \
                    and p.person not in words.group():
                if _DAY_TOLD.fullmatch(ctx.text, words.end(), cue_start):
                    continue  # 俞正声指出，3月5日，习近平总书记就…发表重要讲话: a speech of its own day, told in another's words
                if (cited := _AT_NAMED_SITTING.search(ctx.text, words.end(), cue_start)) and not _DEIXIS.match(cited["what"]) \
                        and not cited["what"].startswith(_TODAYS) and not _names_one(cited["what"], names):
                    continue  # 汪洋指出，习近平总书记在…纪念会上发表重要讲话: a speech at a meeting named in another's words, none of
                    # the story's (在这次座谈会上, 在今天的论坛上 name the story's own)
            if _LAST_YEAR.match(ctx.text, rec.sentences[rec.sentence_of(cue_start)][0], cue_start):
                continue  # 去年，X在论坛年会发表主旨演讲: a role of another year's meeting
            if (at := _CITED_AT.search(ctx.text, rec.sentences[rec.sentence_of(cue_start)][0], cue_start)) \
                    and _UNHELD_BEFORE.search(ctx.text, max(0, at.start() - 29), at.start() + 1):
                continue  # 本月初在京召开的全国两会上，X发表重要讲话: at the meeting cited, not at the story's
            if (cer := _AT_CEREMONY.search(ctx.text, rec.sentences[rec.sentence_of(cue_start)][0], cue_start)) \
                    and any(re.search(_CEREMONY_KINDS + "$", name) for name in names) \
                    and not any(_ceremony(m.group()) == _ceremony(cer.group("kind")) for name in names if (m := re.search(_CEREMONY_KINDS + "$", name))):
                continue  # the story holds the 开班式, 刘云山在结业式上作总结讲话: at the closing ceremony (a forum's 开幕式 is the forum's)
            if (rite := _AT_RITE.search(ctx.text, rec.sentences[rec.sentence_of(cue_start)][0], cue_start)) \
                    and not any(rite["rite"][-4:-2] in name for name in names) and not _opens_story_meeting(ctx.text, rite, names):
                # (a story of a committee's meeting) 在…管道开工仪式上，X发表讲话: at the rite, none of the story's meetings
                # (在就职典礼上 of a story's 宣誓就职 is its own: the rite's word before 典礼 in its name; 博览会…开幕。
                # 在开园仪式上: the opening of the story's meeting)
                continue
            if _at_banquet(ctx, cue_start, ordered):
                continue  # 当晚，…举行特别晚宴。…A、B先后致辞: the banquet's speeches, not the summit's
            if p.role == "attendee" and _BARE_ACTIVITY.match(ctx.text, cue_start + len(p.cue.norm)) \
                    and _ACTIVITY_HELD.search(ctx.text, rec.sentences[rec.sentence_of(cue_start)][0], cue_start):
                continue  # 官方哀悼活动在…举行，总理X出席活动: at the activity its sentence tells
            if p.role == "attendee" and _ACTIVITY.match(ctx.text, cue_start + len(p.cue.norm)) and ordered[first][0] not in untargeted \
                    and ordered[first][1] and ordered[first][1][0].start > cue_start:
                continue  # 正在文化中心内参加讨论活动 … 随后召开发布会: an activity of its own, told before the meeting is
            if p.role == "attendee" and (ev := _HOSTED_EVENT.match(ctx.text, cue_start + len(p.cue.norm))) \
                    and not any(ev.group().endswith(name) for name in names):
                continue  # 朴槿惠出席了日本驻韩使馆举办的纪念活动, X出席Y举行的迎接仪式: an event of its own host, not the meeting
            if p.role == "attendee" and (act := _EXCHANGE_EVENT.match(ctx.text, cue_start + len(p.cue.norm))) \
                    and not any(name in act.group() for name in names):
                continue  # 习近平和普京出席两国友好交流活动 (a state visit's story of a forum): at the exchange event, not the forum
            if p.role == "attendee" and (act := _ACTIVITY.match(ctx.text, cue_start + len(p.cue.norm))) and _VISITS.search(act.group()):
                continue  # 报告会前，X看望了报告团成员。…Y参加看望活动: at the visit, an event of its own, not the meeting
            if ordered[first][0] not in untargeted and ordered[first][1] and ordered[first][1][0].start > cue_start \
                    and (u := first_unread()) is not None and u < cue_start:
                continue  # 安理会就…召开会议，X在发言中… before 同一天，Y召开记者会: at the meeting unread, told before the first one
            # 李松作了题为《…》的讲座/报告 (or 主讲了《…》), 主讲人X after the sentence of the session's 专题讲座: the lecture's
            lecture = next((i for i, (name, _) in enumerate(ordered) if name.endswith("讲座")), None)
            near = [(0, 0, lecture if lecture is not None and ("》的" in p.cue.text or p.cue.text.startswith("主讲")) else _scene_of(ctx, cue_start, ordered, untargeted, first))]
            i = near[0][2]
            if p.cue.norm.startswith("介绍") and ordered[i][1] and all(h.start > cue_start for h in ordered[i][1]) \
                    and not any(h.start < cue_start and _names_one(h.name, {ordered[i][0]}) for h in rec.meetings if not rec.in_meta(h.start)):
                # X访非期间介绍…理念。…代表参加“金砖+”对话会: what one 介绍s before the story tells a meeting is said at none
                # (ordered holds the mentions that date it: 走上委员通道…X向大家介绍了… is at the 委员通道 named before)
                continue
            if _after_talks(ctx, *ordered[i]) and _past_banquet(ctx, ordered[i][1], p, cue_start):
                continue  # 会谈后，X为Y举行欢迎宴会。当晚，Z出席…论坛开幕式。Z在致辞中表示: not the banquet's
            if _guests_purpose_only(ctx, ordered[i][0], cue_start):
                continue  # 会见来华出席…论坛的…成员。…X、Y先后发言: spoken at the audience, not at the forum
            if ordered[i][1] and all(h.start > cue_start for h in ordered[i][1]) \
                    and _HELD_BESIDES.search(ctx.text, max(0, ordered[i][1][0].start - 12), ordered[i][1][0].start):
                continue  # …开幕，A和B共同主持。…双方还举行了…特别会议: a further meeting told after, not where the roles were
            if _BRIEFING.search(ordered[i][0]) and _ANNOUNCED.search(ctx.text, rec.sentences[rec.sentence_of(cue_start)][0], cue_start):
                continue  # 吹风会…。访问期间，X将出席Y举行的欢迎仪式，同Z举行会谈，共同出席…: what the briefing announces, Y and Z not at it
            if _another_stop(ctx, cue_start, ordered[i][1]):
                continue  # …报告会在湖南举行。…Y在南宁作宣讲报告: a stop of the tour elsewhere, not this one
            if i not in days:
                days[i] = _date_for(ctx, ordered[i][1]) if ordered[i][1] else None
            if _on_another_day(ctx, cue_start, days[i]):
                continue  # …会议12日在维也纳举行。…马杜罗11日发表讲话: a speech of another day, no meeting named
            if _recalled_later(ctx, ordered[i][1], days[i]):
                continue  # X向全会作说明。…今年3月1日，…起草组召开第一次全体会议: a sitting months before, recalled
        # a cue done at one kind of meeting: 同…座谈 at the story's 座谈会, 回答记者提问 at a press
        # conference (not the session whose news centre holds it)
        kind = _SITTING_KIND if _SAT_WITH.match(p.cue.text) else None if p.cue.text == "建议" and _sitting_paragraph(ctx.text, p.cue.start) \
            else _PRESS if "回答" in p.cue.text and "提问" in p.cue.text or _BRIEF_SAYS.fullmatch(p.cue.text) \
            or p.role == "attendee" and _briefly_says(p.cue.text) and not ctx.doc.text.endswith("代表", 0, p.cue.start) else None
        # (A、B代表建议，…: the deputies cue, said at the story's 座谈会 as 代表提出 is, no answer at a press conference;
        # nor 座谈会上，A建议，…。B建议，…: views given in a paragraph that opens at the sitting)
        if kind is not None:
            last = _of_kind_told(ordered, untargeted, kind, cue_start) if unnamed else None
            near = [(0, 0, last)] if last is not None else [n for n in near if kind.search(ordered[n[2]][0])] or [
                (0, 0, i) for i, (name, _) in enumerate(ordered) if kind.search(name) and name not in untargeted][:1]
            if not near:
                continue
        at = min(range(len(near)), key=lambda k: max(near[k][0] - cue_start, cue_start - near[k][1]))
        cue_end = cue_start + len(p.cue.norm)
        if _OBJECT_VERB.search(p.cue.norm) and (obj := next((k for k, n in enumerate(near) if n[0] >= cue_end and ctx.text[cue_end : n[0]] in ("", "了")), None)) is not None:
            at = obj  # 出席了…挂牌仪式并召开座谈会: the meeting the verb takes, not the one told right before it
        targets = {near[at][2]}
        back = at
        while cue_start >= near[at][1] and back > 0 and _LIST.fullmatch(ctx.text[near[back - 1][1] : near[back][0]]):
            back -= 1  # 在香港代表团、澳门代表团参加审议: a list before its cue
            targets.add(near[back][2])
        while at + 1 < len(near) and _LIST.fullmatch(ctx.text[near[at][1] : near[at + 1][0]]):
            at += 1  # 共同主持A、B和C: the roles hold for the whole list
            targets.add(near[at][2])
        for i in targets:
            if all((q.person, q.role) != (p.person, p.role) for q in out.get(i, ())):
                out.setdefault(i, []).append(p)
    return {i: tuple(ps) for i, ps in out.items()}


# those met named by the meeting they came for (会见来华出席“…论坛”的…成员), or those one is with (同刚刚参加完…论坛的X)
_MET_GUESTS_OF = re.compile(r"(?:(?:会见|接见|会晤)了?[^。；;，,的]{0,8}?|" + _WITH_THOSE.pattern[:-1] + r")(?:出席|参加)(?:完|了)?“?$")


def _guests_purpose_only(ctx: Context, name: str, at: int) -> bool:
    """Whether the story names meeting ``name`` before ``at`` only as what the guests met came for: a cue that
    names no meeting is then at the audience, not at it."""
    if re.search("会见|接见|会晤", name):
        return False  # the audience itself (集体会见来华出席…会议的…团长)
    told = [h for h in ctx.rec.meetings if h.start < at and (_names_one(h.name, {name}) or name.endswith(h.name)) and not ctx.rec.in_meta(h.start)]
    guests = [h for h in told if _MET_GUESTS_OF.search(ctx.text, max(0, h.start - 20), h.start) and re.match(r"”?的", ctx.text[h.end : h.end + 2])]
    if not guests or not all(h in guests or _said_here(ctx, h) for h in told):
        return False  # (nor told since but in words: 习近平强调，昨天，…论坛成功闭幕)
    # (nor pointed back to by its kind since, up to the cue's sentence: …参加会见并出席大会。Y主持大会)
    kind = max((t for t in _KIND_WORDS if name.endswith(t)), key=len, default=name[-2:])
    return kind not in ctx.text[told[-1].end : ctx.rec.sentences[ctx.rec.sentence_of(at)][1]]


_KIND_WORDS = ("会议", "大会", "论坛", "年会", "峰会", "会晤", "研讨会", "座谈会", "博览会", "交易会", "洽谈会", "对话会", "会")


# a meeting told as held besides what came before (双方还举行了…会议, 此外还召开了…)
_HELD_BESIDES = re.compile(r"还(?:共同)?(?:举行|召开|举办)了?$")


# a day of its own that opens what one says, before the cue in the next clause (…指出，3月5日，X就…发表重要讲话)
_DAY_TOLD = re.compile(r"\s*(?:\d{1,2}月)?\d{1,2}[日号](?:上午|下午|晚上|晚间)?[，,][^，,。；;]{1,40}")
# a sentence that opens on a year gone (去年，…; 前年9月，…; 一年前，…; 上届进博会上，…) and gives no day after it before the cue
_LAST_YEAR = re.compile(r"\s*(?:(?:去年|前年|(?:[一二两三四五六七八九十\d]{1,3}|几|数)年(?:以)?前)(?:\d{1,2}月(?:份|初|中旬|下旬|底)?)?|在?上一?届[^，,。；;]{0,20}?)[，,](?:(?!今年|今天|\d{1,2}[日号])[^。；;])*$")


# the place one does the cued act at, right before the cue (Y在南宁|作宣讲报告), and where a meeting is held (…在湖南举行)
_DONE_AT = re.compile(r"在([\u4e00-\u9fff]{2,10})$")
_HELD_AT = re.compile(r"(?:\d{1,2}[日号])?(?:上午|下午|晚上)?在([^，,。；;在]{2,12}?)(?:隆重)?(?:举行|召开|举办|开幕)")


def _spoke_there(text: str, h, person: str) -> bool:
    """Whether ``person`` is told in his clause to be at ``h`` (习近平在全国组织工作会议上发表重要讲话时强调), a meeting
    the story does not hold: the speech is that meeting's, cited."""
    c = _clause_start(text, 0, h.start)
    return text.endswith("在", 0, h.start) and text.find(person, c, h.start) >= 0 and len(h.name) > 4 and not _PART_BY_KIND.match(h.name)


# a sitting named by its number or kind alone (第一次全会, 开幕式, 本次会议; 纪念大会 by its length): the held meeting's own part
_PART_BY_KIND = re.compile(r"第|首次|本|此|这|该|开幕|闭幕|全体会议|全会")


def _place_only(words: str):
    """The place ``words`` name, when they name a place and nothing more (南宁, 宁夏银川; not 上海分会场)."""
    head = lexicons.place_prefix(words)
    at = next((len(n) for n in (head.name, head.short) if n and words.startswith(n)), None) if head else None
    if at is None:
        return None
    return head if at == len(words) or (_place_only(words[at:]) is not None) else None


def _another_stop(ctx: Context, cue_start: int, hits) -> bool:
    """Whether a cue its sentence names no meeting for is done at a place other than where the meeting is held
    (…报告会在湖南举行。…Y在南宁作宣讲报告: a stop of a tour elsewhere; both places read, the cue's a known one), or
    told before a roundup's item that opens on no day (近日，…) is first named."""
    first = next((h for h in hits if not ctx.rec.in_headline(h.start) and not ctx.rec.in_meta(h.start)), None)
    if first and cue_start < first.start and _NO_DAY_LEAD.match(ctx.text, ctx.rec.sentences[ctx.rec.sentence_of(first.start)][0]):
        return True  # 26日，X在A作报告，…介绍了…。近日，…报告会在B举行: an item of a roundup told before this one opens
    done = _DONE_AT.search(ctx.text, max(0, cue_start - 12), cue_start)
    held = next((m for h in hits if (m := _HELD_AT.match(ctx.text, h.end))), None)
    if not done or not held:
        return False
    q, p = done.group(1), held.group(1)
    if q in p or p in q or not (pq := _place_only(q)):
        return False
    pp = lexicons.place_prefix(p)
    return not (pp and p.startswith((pp.short, pp.name)) and pp.province == pq.province)


def _of_kind_told(ordered, untargeted: set[str], kind: re.Pattern, at: int) -> int | None:
    """The meeting of ``kind`` last told before ``at``, where a cue whose sentence names none is (两会今天举行了两场
    记者会。在A记者会上，…。在B记者会上，…。此外，X还…回答了记者提问: at B), if one is."""
    before = [(h.start, i) for i, (name, hits) in enumerate(ordered) if kind.search(name) and name not in untargeted
              for h in hits if h.start < at]
    return max(before)[1] if before else None


def _recalled_later(ctx: Context, hits: list, told: DateHit | None) -> bool:
    """Whether a meeting the story's opening does not tell is dated a month or more before the story: one recalled
    in what a speaker tells (X向全会作说明。…今年3月1日，…召开第一次全体会议), no cue's that names none."""
    if not (told and hits and ctx.reference_date) or min(ctx.rec.sentence_of(h.start) for h in hits) <= 1:
        return False
    day, _ = resolve_date(told, ctx.reference_date)
    return day is not None and (ctx.reference_date - day).days > 31


def _on_another_day(ctx: Context, at: int, told: DateHit | None) -> bool:
    """Whether the cue at ``at`` is dated in its own clause (X11日发表讲话) to a day before the meeting's
    date ``told``, or after the last day of its range; a day after a lone date may be the meeting's next
    (…大会18日开幕。…马晓伟19日发表讲话)."""
    if not told:
        return False
    rec = ctx.rec
    s = rec.sentences[rec.sentence_of(at)][0]
    own = [d for d in rec.dates if s <= d.start < at and d.day and not _CLAUSE_END.search(ctx.text, d.end, at)]
    if not own:
        return False
    day, _ = resolve_date(own[-1], ctx.reference_date)
    start, _ = resolve_date(told, ctx.reference_date)
    if day is None or start is None:
        return False
    end_text = _range_end(told, start, start.isoformat())
    end = dt.date.fromisoformat(end_text) if end_text and not end_text.startswith("--") else None
    return day < start or end is not None and day > end


# a meeting named as where things happen (会议上, 会议中, 会议期间) or as the subject of its own words (常委会会议强调，,
# 会议要求：), not as an object (会议精神, 会议的部署, 会议要求明确)
_AS_SCENE = re.compile(r"上|中|期间|间隙|(?:强调|指出|要求|认为|提出)[，,：:]")


_TOUR_STOP = "宣讲报告"  # (nlp._TOUR_LECTURE's name: one stop of the central lecture tour)


def _scene_of(ctx: Context, at: int, ordered, untargeted: set[str], first: int) -> int:
    """The meeting a cue that names none is at: the ``first``, unless the story has gone on since to
    another held on a day of its own, told with it (3日…举行宴会。…4日，彭丽媛出席…主题会议。…希卡等先后致辞),
    not in someone's words, and the story has not named the first again since as where things happen."""
    start = ordered[first][1][0].start if ordered[first][1] else -1
    # (not one told in the words of the first: 会议指出，…1月25日，X主持…会议并讲话。…Y、Z参加 are at the first)
    later = max(((hits[0].start, i) for i, (name, hits) in enumerate(ordered)
                 if hits and name not in untargeted and start < hits[0].start < at and not _said(ctx, hits[0])), default=None)
    if later is None:
        return first
    hits = ordered[later[1]][1]
    if ordered[later[1]][0].endswith(_TOUR_STOP) and ordered[first][0].endswith(_TOUR_STOP):
        return later[1]  # a lecture tour's stops (X在重庆作宣讲报告。…Y在青海作宣讲报告。Y…介绍了…): at the stop told last
    if any(later[0] < h.start < at and _names_one(h.name, {ordered[first][0]}) and not _names_one(h.name, {ordered[later[1]][0]})
           and _AS_SCENE.match(ctx.text, h.end) and not _said(ctx, h) for h in ctx.rec.meetings):
        return first  # the story has come back to the first (在26日的联组会议中，…。X、Y等提出询问)
    if any(start <= h[0].start < at and _after_talks(ctx, name, h) for name, h in ordered if h):
        # 会谈后，X为Y举行欢迎宴会。X在致辞中表示: the story has gone on to the banquet, and on from it to what it names next
        # (…欢迎宴会。当晚，Z出席…论坛开幕式。Z在致辞中表示: the forum's)
        return later[1]
    own, was = _date_for(ctx, hits), _date_for(ctx, ordered[first][1])
    if own and was and own.day and was.day and (own.month, own.day) != (was.month, was.day) \
            and ctx.rec.sentence_of(own.start) == ctx.rec.sentence_of(hits[0].start):
        return later[1]
    return first


# an activity named as what one attends (参加讨论活动), not one the story told (参加上述活动, 出席有关活动)
_TOLD_BEFORE = r"上述|有关|相关"  # what points back to activities told (参加上述活动)
_THIS_ONE = r"此次|这次|本次"  # what points back to the one told (参加了此次活动, 当天的这次仪式)
_ACTIVITY = re.compile(r"了?(?!" + _TOLD_BEFORE + "|" + _THIS_ONE + r"|该|这些|此项|这项)[^，,。；;：:]{1,30}?活动(?=[，,。；;：:并]|$)")
# an exchange or friendship event attended (出席两国友好交流活动, 参加中俄青年交流活动): an event of its own, no meeting's sitting;
# it spans no second thing attended (出席论坛并参加…交流活动, 出席开幕式和…交流活动: the first is the meeting's) but
# a quoted name whole (两岸“同名村、心连心”交流活动)
_EXCHANGE_EVENT = re.compile(r"了?(?!" + _TOLD_BEFORE + "|" + _THIS_ONE + r"|该|这些|此项|这项)"
                             r"(?:“[^”，,。；;会]{1,16}”|和平|[^，,。；;：:会并和及、“]){2,24}?(?:交流|友好|友好交流)活动(?=[，,。；;：:并]|$)")
_JOINED_BEFORE = re.compile(r"[与同和并及跟]")  # a clause going on with the subject before it (并与Y共同主持)
_ON_BEHALF = re.compile(r"[^，,、；;。和及与的]{0,6}?代表(?![团们处大会])")
_BANQUET = re.compile(r"宴会|晚宴|午宴|国宴|宴请")
_GUESTS_OF = re.compile(r"为(?:出席|参加)了?$")  # (为出席…峰会的领导人举行: whom a host's event is for)
_ACTIVITY_HELD = re.compile(r"活动[^，,。；;]{0,20}?(?:举行|举办)")  # 官方哀悼活动在…军事体育馆举行
# an event named by its host that the cue attends (出席了…使馆举办的纪念活动, 出席…委员集体举行的迎接仪式), no meeting read
_HOSTED_EVENT = re.compile(r"了?(?:在[^，,。；;：:]{1,12}?)?[^，,。；;：:]{1,30}?(?:举办|举行|主办|组织)的[^，,。；;：:的]{0,12}?(?:活动|仪式|典礼)(?=[，,。；;：:并]|$)")
# an activity named in quotes (出席“…”中非…倡导活动): an event of its own, not the story's meeting
_NAMED_ACTIVITY = re.compile(r"了?“[^”“]{2,40}”[^，,。；;：:“”]{0,20}?活动(?=[，,。；;：:并]|$)")


def _at_named_activity(text: str, at: int, names: set[str]) -> bool:
    """Whether the cue ending at ``at`` attends an activity named in quotes that is none of the story's meetings
    (彭丽媛出席“…”防控倡导活动 in a story of a summit: she is at the activity, with her roles of the sentence)."""
    act = _NAMED_ACTIVITY.match(text, at)
    return bool(act) and not any(name in act.group() or act.group().lstrip("了") in name for name in names)


_BARE_ACTIVITY = re.compile(r"了?活动")  # 出席活动: the activity told before, not one it names
# a visit to people (看望活动): no meeting's sitting (not 慰问考察活动, a tour's whole, its 座谈会 too)
_VISITS = re.compile(r"看望|探望")


def _at_banquet(ctx: Context, at: int, ordered) -> bool:
    """Whether the story tells a banquet (no meeting of its own) after the last mention of its
    meetings before ``at``: the scene has moved on, and a cue there that names no meeting is the banquet's."""
    if any(_BANQUET.search(name) for name, _ in ordered):
        return False  # the story's meeting is the banquet (出席…欢迎晚宴): its scene goes on
    held = [(h.start, h.end) for _, hits in ordered for h in hits if h.start < at]
    last = max((a for a, _ in held), default=-1)
    return any(not any(a <= b.start() < e for a, e in held) and not ctx.rec.in_meta(b.start()) and not ctx.rec.in_headline(b.start())
               for b in _BANQUET.finditer(ctx.text, last + 1, at))


_SPOKE_UP = re.compile(r"发言|发了言")  # 先后发言, 在发言中表示, 作了发言: the guests' words at the audience
# the story's only audience: who 介绍 or gives views at it after (X介绍了…情况, X、Y等…发表看法) is present, no speech
_HEARD_AT_SITTING = re.compile(r"\s*在(?:认真|仔细)?听取(?:了)?[^。；;]{2,80}?发言(?:之)?后[，,]")
_PRESS_SPEECH = re.compile(r"讲话|致辞")  # a speech at a joint press conference, not 表示 in answering
# a speech told with its own time or place (在今年新年致辞中, 2018年1月访华时在西安发表讲话, 在1964年的讲话中): another one
_OWN_OCCASION = re.compile(r"[年月]|时|曾|此前|以前|过去|早前|[在于][^，,。；;]{1,12}?发表")
_PRESENT_AT_AUDIENCE = re.compile(r"介绍|发表了?(?:意见|看法)")
# the story gone on from the audience to another act or time (会见后，X参观了…; 当天下午, 此前), or a source's account (据X介绍);
# a reporter's or expert's background (记者从商务部获悉…, 专家表示) is no more the audience's
_MOVES_ON = re.compile(r"随后|会后|[之此以]?后[，,]|此前|之前|参观|考察|视察|调研|来到|前往|抵达|出席|参加|同日|当天|[上下]午|晚上|晚间"
                       r"|获悉|了解到|(?:专家|学者)们?(?:表示|认为|指出|说)")
_ACCORDING_TO = re.compile(r"据[^，,。；;]*$")
_SOURCE_TITLE = re.compile(r"(?:发言人|研究员|专家|学者|分析师)$")  # (商务部新闻发言人|何亚东介绍: a source, no participant)


def _still_at(ctx: Context, since: int, p) -> bool:
    """Whether a cue told after the audience's sentence ``since`` is still at it: the story has not gone on to
    another act or time in between nor past the paragraph after the audience's, and the cue is no source's
    account (据X介绍, 发言人X介绍)."""
    s = ctx.rec.sentences[since][1]
    return (not _MOVES_ON.search(ctx.text, s, p.cue.start) and ctx.text.count("\n", s, p.cue.start) <= 1 and not _SOURCE_TITLE.search(ctx.text, max(0, p.mention.start - 5), p.mention.start)
            and not _ACCORDING_TO.search(ctx.text, ctx.rec.sentences[p.cue.sentence][0], p.mention.start))


_PRESS = re.compile(r"(?:发布会|记者会|吹风会|见面会|招待会|" + "|".join(CORRIDORS) + ")$")  # (a session's press corridor: those who answer there)
_ASKS = re.compile(_ASKING)
_REPORTER = re.compile(r"记者[^，,。；;、]{0,6}$")  # the asker's own title (路透社记者|X, 记者|X), not 记者 of the question (就记者权益…)
_SITTING_KIND = re.compile(r"座谈会$")
_FLASH = re.compile(r"快讯|简讯|速览|一览")  # a story of unrelated items (国际联播快讯), not one with section heads


def _item_lines(text: str) -> list[tuple[int, int]]:
    """The title lines of a news flash's items (see ``_items``), as spans."""
    spans = [m.span(1) for m in _ITEM_LINE.finditer(text)]
    return spans if len(spans) >= 2 else []


# (its place may open it: 绥芬河：加强口岸合作 促进贸易发展)
_ITEM_LINE = re.compile(r"(?m)^[ \u3000\t]*((?:[^\n。；;，,：:！？!?\s]{2,8}[：:])?[^\n。；;，,：:！？!?]{4,40}?)[ \u3000\t]*$")


# a title line the normaliser joined onto the end of the item before (…总额近350亿元。汉剧研讨会在武汉举行\n)
# or onto the dateline (央视网消息（新闻联播）：植树活动启动\n)
_JOINED_ITEM_LINE = re.compile(r"(?m)(?<=[。！？!?：:])[ \u3000\t]*((?:[^\n。；;，,：:！？!?\s]{2,8}[：:])?[^\n。；;，,：:！？!?\s][^\n。；;，,：:！？!?]{3,39}?)[ \u3000\t]*$")


def _items(text: str) -> list[int]:
    """Where the items of a news flash start: its title lines (short, no sentence punctuation:
    七国集团外长会落幕 欧美分歧依旧), also one joined onto the item before; empty when fewer than two."""
    starts = sorted({a for a, _ in _item_lines(text)} | {m.start(1) for m in _JOINED_ITEM_LINE.finditer(text)})
    return starts if len(starts) >= 2 else []


# a chairmen's council, or a session's presidium or its executive chairmen (主席团常务主席第一次会议)
_COUNCIL = re.compile(rf"(?:委员长会议|主席会议|主席团(?:常务主席)?(?:会议)?第{NUMERAL}次会议)$")


def _reports_heard(own: tuple) -> tuple:
    """A chairmen's council (委员长会议, a CPPCC 主席会议, a presidium's) hears reports on the drafts (听取了X作的关于…审议结果的报告,
    X就有关议题作了说明): who reports attends, like those who 汇报 there, and gives no speech."""
    return _once_each([dataclasses.replace(p, role="attendee") if p.role == "speaker" and re.search(r"(?:报告|说明)了?$", p.cue.norm)
                       else p for p in own])


_EXPLAINS = re.compile(r"说明了?$")


def _explained(own: tuple, reported: set[str]) -> tuple:
    """A sitting hears its items or bills explained (X、Y分别就上述议题作了说明; 受国务院委托，X作了关于…草案的说明):
    who explains attends and gives no speech (说明 like 介绍, as FORMAT.md and most golds read it, at the NPC's and the
    CPPCC's standing committees alike), unless the story tells a speech or report of his there too (``reported``)."""
    return _once_each([p if p.role != "speaker" or not _EXPLAINS.search(p.cue.norm) else p if p.person in reported
                       else dataclasses.replace(p, role="attendee") for p in own])


def _once_each(out: list) -> tuple:
    """The participations in order, each (person, role) once."""
    seen: set = set()
    return tuple(p for p in out if (p.person, p.role) not in seen and not seen.add((p.person, p.role)))


def _several_each(text: str, participants: list, ordered) -> list:
    """Without the attendees who share one cue told 分别 before several meetings of its clause (王刚、赵强分别参加内蒙古、
    青海代表团审议): which is at which is not said (一些代表团的审议, one session told, keeps them)."""
    told: dict[int, set[str]] = {}
    for _, p in participants:
        if p.role == "attendee" and text.endswith("分别", 0, p.cue.start):
            told.setdefault(p.cue.start, set()).add(p.person)
    def several(p) -> bool:
        end = _CLAUSE_END.search(text, p.cue.end)
        end = end.start() if end else len(text)
        return sum(any(p.cue.end <= h.start < end for h in hits) for _, hits in ordered) > 1
    return [(at, p) for at, p in participants if not (p.role == "attendee" and len(told.get(p.cue.start, ())) > 1 and several(p))]


_SEVERAL_HELD = re.compile(r"[两三四五六七八九几多数]场")  # 今天举行了两场记者会: several told as one


def _each_at_own(ctx: Context, roles: dict[int, tuple], ordered) -> dict[int, tuple]:
    """Who 分别 answered at the several meetings a mention tells as one (举行了两场记者会。A、B等分别回答…) and is
    told at another meeting of the story by name (在…“X”记者会上，B表示) was at that one, not at the several."""
    out = dict(roles)
    for i, own in roles.items():
        if not any(_SEVERAL_HELD.search(ctx.text, h.start, h.end) for h in ordered[i][1]):
            continue
        elsewhere = {p.person for j, o in roles.items() if j != i for p in o}
        out[i] = tuple(p for p in own if not (p.person in elsewhere and ctx.doc.text.endswith("分别", 0, p.cue.start)))
    return out


def _each_body_roles(ctx: Context, roles: dict[int, tuple], ordered) -> dict[int, tuple]:
    """Bodies that each hold a sitting told by one mention (甲党组、乙党组分别召开会议) and people told 分别 at it
    (A、B分别主持会议): no role for them — names often come in protocol order, not the bodies' (李克强、栗战书、汪洋
    for 人大、国务院、政协党组), and two named may both be at one body's —; never all at the first."""
    text = ctx.doc.text
    spans: dict[tuple[int, int], list[int]] = {}
    for i, (_, hits) in enumerate(ordered):
        for h in hits:
            if h.organizer:
                spans.setdefault((h.start, h.end), []).append(i)
    out = dict(roles)
    for (start, end), group in spans.items():
        if len(group) < 2:
            continue
        each = [p for i in group for p in roles.get(i, ()) if "分别" in text[p.mention.end : p.cue.start]]
        sentence = ctx.rec.sentence_of
        for i in group:  # (one not told 分别 is at none of them, unless his sentence names his own: which one not said)
            out[i] = tuple(p for p in out.get(i, ()) if p not in each and any(
                (h.start, h.end) != (start, end) and sentence(h.start) == sentence(p.cue.start) for h in ordered[i][1]))
    return out


_THEN_WORDS = "随后|此后|之后|会后"  # words that move a story on to a later act
_SAME_DAY_WORDS = "当天|当日|同日"
_MOVED_ON = re.compile(r"[\s\u3000]*(?:" + _THEN_WORDS + "|" + _SAME_DAY_WORDS + r")[，,]")  # a sentence after the audience that opens on another act
_SPOKE_ELSEWHERE = re.compile(_SAME_DAY_WORDS + "|随后|会后|此外|另外")  # in a later speech's own sentence (Y当天还发表讲话): another act


def _for_meeting(
    own: tuple, name: str, joiners: tuple, audiences, groups: set[str], ctx: Context, alone: bool = False
) -> tuple[Participation, ...]:
    """A meeting's cue-based roles (``own``). An audience (会见) has no chair: it gets its
    principals and those said to attend it (``joiners``: 参加会见, 陪同会见, 参加上述活动); a
    group received (``groups``) also the speeches of its sentence, and when it is the story's
    only meeting (``alone``) the guests who speak up later (X、Y等外方代表先后发言), who attend it."""
    if name not in audiences:
        return own
    said = {ctx.rec.sentence_of(h.start) for h in audiences[name][0]} if name in groups else set()
    # 会见…代表并发表重要讲话; the host's speech told in a later sentence that names no meeting
    # (接见…代表。…在热烈的掌声中，习近平发表了重要讲话), when the story holds no other meeting
    hosts = {p.person for p in audiences[name][1]} if name in groups else set()
    later = [p for p in own if p.role == "speaker" and said and p.cue.sentence > min(said) and not _names_meeting(ctx, p.cue.sentence, back=True)
             and not _SPOKE_ELSEWHERE.search(ctx.text, ctx.rec.sentences[p.cue.sentence][0], p.cue.start)  # (…会见X代表。Y当天还发表讲话: elsewhere)
             and not any(_MOVED_ON.match(ctx.text, ctx.rec.sentences[k][0]) for k in range(min(said) + 1, p.cue.sentence + 1))]
    guests = tuple(p for p in later if alone and p.person not in hosts and _SPOKE_UP.search(p.cue.text))
    # who joined the talks did not hold the press conference; those told in its own sentence attend it
    # (与肯雅塔共同会见记者，乌干达总统X等东非地区国家领导人参加)
    told = {ctx.rec.sentence_of(h.start) for h in audiences[name][0]}
    present = tuple(dataclasses.replace(p, role="attendee") for p in own if alone and set(audiences) == {name}
                    and p.cue.sentence > min(told) and _PRESENT_AT_AUDIENCE.match(p.cue.text)
                    and not _names_meeting(ctx, p.cue.sentence, back=True) and _still_at(ctx, min(told), p))
    # the story's only meeting a joint press conference: the speeches told after it are given there
    # (共同会见记者。…X在讲话中指出…Y和Z在致辞中表示, Y、Z分别致辞), unless the story has gone on to another act
    press = tuple(p for p in own if alone and set(audiences) == {name} and _JOINT_PRESS.fullmatch(name) and p.role == "speaker"
                  and _PRESS_SPEECH.search(p.cue.text) and p.cue.sentence >= min(told) and not _own_occasion(ctx, p)
                  and not _names_meeting_before(ctx, p.cue.sentence, p.mention.norm)
                  and not _MOVES_ON.search(ctx.text, ctx.rec.sentences[min(told)][1], p.cue.start))
    # 同…代表座谈。在认真听取X、Y发言后，Z发表了重要讲话: the sitting's speeches, told in the sentence after it
    # 同…代表座谈, the story's only meeting: who is told after it (X、Y出席。A、B先后发言。在认真听取…发言后，Z讲话) is at it,
    # until a sentence names another meeting or opens on another act or place
    sole_sitting = alone and set(audiences) == {name} and bool(_SAT_WITH.fullmatch(name))
    stay = _sitting_stay(ctx, min(told)) if sole_sitting else set()
    heard = {k + 1 for k in told} | stay if name.endswith("座谈") else set()
    heard = {k: m for k in heard if k < len(ctx.rec.sentences) and (m := _HEARD_AT_SITTING.match(ctx.text, ctx.rec.sentences[k][0]))
             and not _names_meeting(ctx, k)}
    # (a name inside what was heard whose cue is the speech after it is the topic: 听取X关于学习贯彻Y重要讲话精神的发言后，Z发表了讲话)
    spans = {k: ctx.norm.to_original(m.start(), m.end()) for k, m in heard.items()}  # (a participation's offsets are the document's)
    topic = {p for p in own if (a := spans.get(p.cue.sentence)) and a[0] <= p.mention.start < a[1] <= p.cue.start}
    sat = tuple(p for p in own if p.cue.sentence in stay and (p.role == "speaker" and _SPOKE_UP.search(p.cue.text)
                                                             or p.role == "attendee" and (_BARE_CUE.match(ctx.doc.text, p.cue.end)
                                                                                          or _PRESENT_AT_AUDIENCE.match(p.cue.text)
                                                                                          or _JOINS_SITTING.match(ctx.doc.text, p.cue.end))))
    # 应邀出席的还有X、Y: those also present, listed after the story's only sitting (past 座谈会后，…合影 too) are at it,
    # never past another event told, not said (当晚，…出席迎春晚会; 随后，…参观; not X强调，要…深入考察调研)
    sat += tuple(p for p in own if sole_sitting and p.role == "attendee" and p.cue.sentence > min(told) and p not in sat
                 and all(k in stay or _PHOTO_AFTER.match(ctx.text, ctx.rec.sentences[k][0]) for k in range(min(told) + 1, p.cue.sentence))
                 and not any(not _said_at(ctx, w.start()) for k in range(min(told) + 1, p.cue.sentence)
                             for w in _ANOTHER_EVENT.finditer(ctx.text, *ctx.rec.sentences[k]))
                 and _ALSO_LISTED.match(ctx.doc.text, p.cue.end) and not _names_meeting(ctx, p.cue.sentence))
    # (会见…代表，并就…发表看法: views given in the talk of an audience, no speech made: _PRESENT_AT_AUDIENCE)
    own = tuple(p for p in own if p.role == "speaker" and (p.cue.sentence in said | set(heard) and p not in topic
                                                            and not (p.cue.sentence in said and _PRESENT_AT_AUDIENCE.match(p.cue.text))
                                                            or p.person in hosts and p in later or p in press))
    own += guests + tuple(dataclasses.replace(p, role="attendee") for p in guests) + present
    own += tuple(p for p in sat if p not in own)
    # (the story's only meeting: 李克强与X共同会见记者。…韩正、王毅等出席活动 are at it; 王毅参加上述活动 is at every one told)
    joined = joiners if not _JOINT_PRESS.fullmatch(name) or alone and set(audiences) == {name} \
        else tuple(p for p in joiners if p.cue.sentence in told or _ALL_TOLD.match(ctx.doc.text, p.cue.end))
    # 陪同接见, 参加接见 join a 接见 told, not a 会见 of the same story (接见驻…部队领导干部 is none)
    # 参加上述会见 joins the audiences told before it, not one the story tells after (会议前，Y会见Z)
    first = min((ctx.rec.sentence_of(h.start) for h in audiences[name][0] if not ctx.rec.in_headline(h.start)), default=None)
    if first is not None:
        joined = tuple(p for p in joined if p.cue.sentence >= first)
    joined = tuple(p for p in joined if not _in_anothers_part(ctx, p, name, audiences))
    if name.endswith("仪式"):  # 张庆黎出席上述活动 is at the signing after the talks too, 参加会见 is not
        # (nor is a bare X等出席。 unless it follows the ceremony's own sentence: …出席…签字仪式。X、Y等出席。)
        joined = tuple(p for p in joined if _ALL_ACTIVITIES.match(ctx.doc.text, p.cue.end)
                       or _BARE_CUE.match(ctx.doc.text, p.cue.end) and p.cue.sentence - 1 in told)
    # 参加会见 joins an audience the story names so, not a sitting of the same trip (汪洋会见…嘉宾。Y参加会见。…与台湾青年代表座谈;
    # but 李建国等会见时在座 in a story of talks and no audience named so: the talks')
    met = any("会见" in a for a in audiences)
    joined = tuple(p for p in joined if not (verb := re.search("会见|接见", ctx.doc.text[p.cue.start : p.cue.end + 4]))
                   or name.startswith("接见") == (verb[0] == "接见") and (verb[0] != "会见" or "会见" in name or not met))
    seen, out = set(), []
    for p in audiences[name][1] + joined + own:
        if (p.person, p.role) not in seen:
            seen.add((p.person, p.role))
            out.append(p)
    return tuple(out)


# 在会见阿布·扎哈时，…: a part of a story of several audiences told one by one, each opened by whom it meets
_PART_OPENS = re.compile(r"[\s\u3000]*在(?:会见|接见)(?P<guest>[^，,。；;时]{2,30}?)时")  # (opening its sentence)
_BARE_JOIN = re.compile(r"了?(?:会见|接见)[。；;]")  # X参加会见。: the audience just told
_JOIN_LINE = re.compile(r"(?:参加|陪同)了?(?:会见|接见)[。；;]")


def _in_anothers_part(ctx: Context, p: Participation, name: str, audiences) -> bool:
    """Whether a joiner's 参加会见 (not 参加上述会见, 上述活动) closes the part of the story another audience opens
    (分别会见A和B。在会见A时，…。X参加会见。在会见B时，…。Y参加会见): X is at A's audience, not at B's too."""
    if len(audiences) < 2 or not _BARE_JOIN.match(ctx.doc.text, p.cue.end):
        return False  # 参加上述会见, 出席有关活动: at every audience told
    owner = _part_owner(ctx, p.cue.sentence, audiences)
    if owner is None or owner == name:
        return False
    # (…在会见A时…在会见B时…在会见C时…。X、Y等参加会见。: one line after the last part closes them all; only where lines of
    # joiners close two parts or more is each line its own part's)
    closed = {_part_owner(ctx, k, audiences) for k, (a, b) in enumerate(ctx.rec.sentences) if _JOIN_LINE.search(ctx.text, a, b)}
    return len(closed - {None}) >= 2


def _part_owner(ctx: Context, sentence: int, audiences) -> str | None:
    """The audience whose part (在会见X时，… opening a sentence before ``sentence``) the sentence lies in, or None."""
    opened = [m for k in range(sentence) if (m := _PART_OPENS.match(ctx.text, ctx.rec.sentences[k][0]))]
    if not opened:
        return None  # (习近平主席在会见…时重要讲话精神: an audience of before, inside a sentence, opens no part)
    guest = opened[-1]["guest"]
    owner = [a for a in audiences if len(a) > 2 and (a[2:] in guest or guest in a[2:])]
    return owner[0] if len(owner) == 1 else None


_JOINS_SITTING = re.compile(r"了?(?:[^，,。；;]{1,4}和)?座谈(?![会])")  # 参加座谈, 参加走访和座谈: the sitting told
# a sitting's story gone on to an inspection's next stop: a sentence opening on a place (在某公司，; not 在听取…后，
# 在座谈中，) or telling a visit (X还考察了…, 来到, 看望, 走进, 深入基层)
_NEXT_STOP = re.compile(r"[\s\u3000]*在[^，,。；;]{2,20}?(?<![后时中上前间下])[，,]")
_ON_TOUR = re.compile(r"考察|视察|参观|来到|前往|看望|走进|深入(?:到|基层|一线|企业|农村|社区|车间|工地|田间)")


def _sitting_stay(ctx: Context, since: int) -> set[int]:
    """The sentences after a sitting's (``since``) that are still at it: up to one that opens on another act, time or
    place (随后, 当天下午, 在某公司，) or, before its 发言 and outside what is said (X指出，…), names a meeting, an audience
    or a visit (考察, 来到)."""
    out = set()
    for k in range(since + 1, len(ctx.rec.sentences)):
        s, e = ctx.rec.sentences[k]
        told = (spoke := _SPOKE_UP.search(ctx.text, s, e)) and spoke.start() or e
        if _MOVED_ON.match(ctx.text, s) or _NEXT_STOP.match(ctx.text, s) or _names_meeting_in(ctx, s, told, unsaid=True) \
                or any(not _said_at(ctx, w.start()) for w in _ON_TOUR.finditer(ctx.text, s, told)):
            break
        out.add(k)
    return out


# 习近平在人民大会堂东门外广场举行仪式，欢迎X对我国进行国事访问 (举行欢迎仪式，欢迎X)
# (with the banquet that follows it: 举行隆重仪式和晚宴，欢迎X; its epithets: 举行盛大的欢迎仪式，欢迎X)
_EPITHETS = "隆重|热烈|盛大|正式|官方"  # how a welcome ceremony is called (举行盛大的欢迎仪式)
_WELCOME = re.compile(rf"(?:举行|主持)了?(?:(?:{_EPITHETS})的?)*(?:欢迎)?仪式(?:和(?:欢迎)?(?:晚宴|宴会))?[，,]?(?:热烈)?欢迎")
# 马杜罗在机场为习近平举行隆重欢迎仪式 (为X和夫人Y举行了隆重热烈的欢迎仪式): the guests are those it is held for
_WELCOME_FOR = re.compile(rf"为(?P<guests>[^。；;，,为]{{2,40}}?)举行了?(?:{_EPITHETS}|的)*欢[迎送]仪式")

# 穆加贝在机场举行隆重欢迎仪式。…习近平检阅仪仗队: held for the one who reviews the guard (in the sentences that follow);
# a farewell likewise (X到机场举行隆重欢送仪式，为Y送行。Y在X陪同下检阅仪仗队)
_WELCOME_HELD = re.compile(rf"(?<![为将])举行了?(?!的)(?:{_EPITHETS}|传统|的)*欢[迎送]仪式(?=[。；;，,])")
_REVIEW_WINDOW = 3  # sentences after 举行欢迎仪式 in which the guest's review of the guard is looked for
# those with a leader on an inspection (陪同考察/调研/视察): his company on the tour, not at a meeting it holds
_WITH_INSPECTION = re.compile(r"陪同(?:考察|调研|视察|察看)")
_ITS_ACTIVITIES = re.compile(r"了?(?:有关|相关|上述)活动")
_REVIEWS = re.compile(r"(?:在[^，,。；;]{1,20}?陪同下)?检阅了?[^，,。；;]{0,12}?仪仗队")
_TITLED_WELCOME = re.compile(r"出席[^，,。；;\s]{2,20}?举行的(?:隆重|盛大|正式|官方)?欢迎仪式$")  # 习近平出席德国总统举行的欢迎仪式
_ESCORTED_REVIEW = re.compile(r"在(?P<host>[^，,。；;在]{1,20}?)(?:的)?陪同下[，,]?检阅了?[^，,。；;]{0,12}?仪仗队")


def _welcome_told(ctx: Context, kind: str = "欢迎仪式") -> re.Match | None:
    """The first 举行仪式，欢迎X of the story's body of ``kind`` (a welcome, or a farewell: 欢送仪式), when it is told as
    held (not 将举行)."""
    rec, text = ctx.rec, ctx.text
    told = sorted((m for rx in (_WELCOME, _WELCOME_FOR, _WELCOME_HELD) for m in rx.finditer(text) if _rite_kind(m.group()) == kind),
                  key=lambda m: m.start())
    m = next((m for m in told if not rec.in_meta(m.start()) and not rec.in_headline(m.start())), None)
    if m is not None and not _welcome_to_come(ctx, m):
        return m
    if kind == "欢迎仪式" and _TITLED_WELCOME.search((ctx.article.title if ctx.article else ctx.doc.title) or ""):
        # titled X出席Y举行的欢迎仪式 over a body that tells only the ceremony's course (or first what is to come,
        # 今天，Y将在这里举行隆重的仪式，欢迎X): X在Y陪同下检阅仪仗队
        return next((r for r in _ESCORTED_REVIEW.finditer(text) if not rec.in_meta(r.start()) and not rec.in_headline(r.start())
                     and not _welcome_to_come(ctx, r)), None)
    return None


_COMING_DAY_OPENS = re.compile(r"[\s\u3000]*(?:" + lexicons.COMING_DAYS + ")")  # 明天，X在Y陪同下检阅仪仗队: a day to come


def _welcome_to_come(ctx: Context, m: re.Match) -> bool:
    """Whether a ceremony (or its review) told at ``m`` is still to come (女王将在…检阅场为X举行官方欢迎仪式, 明天，…) or not held."""
    text = ctx.text
    s, _ = ctx.rec.sentences[ctx.rec.sentence_of(m.start())]
    clause = _clause_start(text, s, m.start())
    return bool(m.re is not _WELCOME and _WILL.search(text[clause : m.start()]) or _DUE.search(text, s, m.start())
                or _UNHELD_BEFORE.search(text, s, m.start()) or _COMING_DAY_OPENS.match(text, s))


# whom one met in a clause told done before the next (同俄罗斯总统普京举行会谈后，): his partner, after 同 or 与
_PARTNER = re.compile(_WITH_WORD + r"[^，,。；;同与]{0,16}$")
_DONE_THEN = re.compile(r"[^，,。；;]{0,20}?(?:之后|以后|后)[，,]")
_JOINTLY = re.compile(_JOINT_ADVERB + r"|双方|两国|二人|两人|两位")


def _met_before(text: str, s: int, h: PersonHit, cs: int) -> bool:
    """Whether ``h`` is the partner of an act told done before the clause of the cue at ``cs`` (同Y会谈后，出席…),
    the cue's clause not telling them together (…后，两国元首共同出席), or the partner of talks told in a clause of
    their own before it (会见A，与B、C分别举行会谈，与D共同出席…: B and C are no subjects of the cue)."""
    done = _DONE_THEN.match(text, h.end)
    if done and done.end() <= cs and _PARTNER.search(text, _clause_start(text, s, h.start), h.start) \
            and not _JOINTLY.search(text, done.end(), cs):
        return True
    own = _clause_start(text, s, cs)
    talks = _TALKS_CLAUSE.match(text, h.end)
    return bool(talks and talks.end() <= own and _PARTNER.search(text, _clause_start(text, s, h.start), h.start)
                and (_WITH_WORD_RX.search(text, own, cs) or not _JOINTLY.search(text, own, cs)))


_WITH_WORD_RX = re.compile(_WITH_WORD + "(?![他她其])")  # the cue's clause names a partner of its own (与D共同出席; not 同她: the same one)
# the rest of a partner's clause that tells talks held with him (与A、B分别举行会谈，): his part ends at its comma
_IN_TURN = re.compile(r"(?:先后|相继|分别)[^，,。；;]{0,12}$")  # 先后与A、B举行会谈: talks with each in turn, none joint
_TALKS_CLAUSE = re.compile(r"[^，,。；;]{0,30}?(?:举行|进行)了?[^，,。；;]{0,8}?(?:会谈|会晤|会见|磋商)[，,]")


_COMMA_MARK = re.compile(r"[，,：:]")  # a clause break short of a semicolon
_JOINT_ACTIVITIES = re.compile(r"(?:还|也)?" + _JOINT_ADVERB + r"(?:出席|参加)了?(?:" + _TOLD_BEFORE + r")?活动")


def _joint_partner(text: str, p: Participation) -> bool:
    """Whether ``p`` attends activities as the partner of the subject's joint act (与总理Y共同出席相关活动): the
    activities they share, not the audiences or talks the subject held with others."""
    s = _clause_start(text, max(0, p.mention.start - 40), p.mention.start, _CLAUSE_MARK)  # (40: 与, his titles and more)
    return bool(_PARTNER.search(text, s, p.mention.start) and (m := _JOINT_ACTIVITIES.match(text, p.mention.end)) and m.end() > p.cue.end)


def _clause_start(text: str, s: int, end: int, marks: re.Pattern[str] = _COMMA_MARK) -> int:
    """Where the clause that holds ``end`` starts, in the sentence that starts at ``s`` (clauses parted by ``marks``;
    ``_CLAUSE_MARK`` counts ；too)."""
    return max([s] + [c.end() for c in marks.finditer(text, s, end)])


def _rite_kind(text: str) -> str:
    """Which ceremony of state a name or a phrase that tells one is: a farewell (欢送仪式) or a welcome (欢迎仪式)."""
    return "欢送仪式" if text.endswith("欢送仪式") else "欢迎仪式"


def _is_welcome(name: str) -> bool:
    """Whether a meeting's name is a welcome ceremony (欢迎仪式, 隆重欢迎仪式) or a farewell one held the same way (欢送仪式)."""
    return name.endswith(("欢迎仪式", "欢送仪式"))


def _welcomed(ctx: Context, name: str, m: re.Match | None, own: tuple) -> tuple[Participation, ...]:
    """A welcome ceremony's host and guest, who attend it (FORMAT.md: the principals of a
    diplomatic event): the one who holds it and the first person welcomed, in the sentence ``m``
    that tells it (举行仪式，欢迎X, from ``_welcome_told``)."""
    if not _is_welcome(name) or m is None:
        return ()
    rec, text = ctx.rec, ctx.text
    s, e = rec.sentences[rec.sentence_of(m.start())]
    people = [h for h in rec.persons if s <= h.start < e and h.via != "byline"]
    host = [h for h in people if h.start < m.start() and not _WHOSE.match(text, h.end)][-1:]
    if m.re is _WELCOME_FOR:  # X偕夫人Y在机场为A和B举行欢迎仪式: all those who hold it, all it is held for
        clause = _clause_start(text, s, m.start())
        a, b = m.span("guests")
        named = {h.name for h in people if a <= h.start < b}
        # X和Y在舷梯前迎接Z，并为Z举行…: those before who are not the guests
        host = [h for h in people if clause <= h.start and h.end <= m.start() and not _WHOSE.match(text, h.end)] or \
            [h for h in people if h.end <= m.start() and not _WHOSE.match(text, h.end) and h.name not in named]
        guest = [h for h in people if a <= h.start and h.end <= b]
        # a name the story read elsewhere, not at this mention (为习近平举行…): where the text writes it
        seen = {h.name for h in guest}
        guest += [_Unread(n, a + k, a + k + len(n)) for n in dict.fromkeys(h.name for h in rec.persons if h.via != "byline" and len(h.name) >= 2)
                  if n not in seen and (k := text.find(n, a, b) - a) >= 0 and not any(n in g.name for g in guest)]
    elif m.re is _WELCOME_HELD:  # X在机场举行欢迎仪式。…Y检阅仪仗队 (萨马拉斯陪同Y检阅, Y在X陪同下检阅)
        k = rec.sentence_of(m.start())
        after = rec.sentences[k + 1 : k + 1 + _REVIEW_WINDOW]
        guest = next(([h] for a, b in after for r in _REVIEWS.finditer(text, a, b) for h in rec.persons
                      if h.end == r.start() and h.via != "byline"), [])
    elif m.re is _ESCORTED_REVIEW:  # (titled X出席Y举行的欢迎仪式) X在Y陪同下检阅仪仗队: Y holds it, for X
        guest = [h for h in people if h.end == m.start()]
        host = [h for h in people if m.start("host") <= h.start and h.end == m.end("host")] or (
            [_Unread(m["host"], *m.span("host"))] if m["host"] in {h.name for h in rec.persons if h.via != "byline"} else [])
        if not guest or not host:  # (the host's name as written, read elsewhere in the story if not there)
            return ()
        # their spouses, told with their arrival in the sentences before the review (X和夫人Y抵达时，受到…迎接)
        first = next((a for a, b in rec.sentences if not rec.in_meta(a) and not rec.in_headline(a)), s)
        return tuple(Participation(h.name, "attendee", ctx.mention(h.start, h.end, "PERSON", "meetings.welcome"),
                                   ctx.mention(m.start(), m.end(), "CUE", "meetings.welcome"), 0.9)
                     for h in dict((h.name, h) for h in (*host, *guest, *_spouses(ctx, first, [*host, *guest]))).values()
                     if h.name not in {p.person for p in own if p.role in ("chair", "attendee")})
    else:
        guest = [h for h in people if h.start >= m.end()][:1]
    if not guest or not host and m.re is _WELCOME:
        return ()  # (为X举行欢迎仪式 with its host unread: the guest still attends)
    cue = ctx.mention(m.start(), m.end(), "CUE", "meetings.welcome")
    # 主持仪式，欢迎X: the host chairs it, no attendee by that (golds 3 to 1)
    have = {p.person for p in own if p.role in ("chair", "attendee")}
    return tuple(Participation(h.name, "attendee", ctx.mention(h.start, h.end, "PERSON", "meetings.welcome"), cue, 0.9)
                 for h in (*host, *guest, *_spouses(ctx, m.start(), [*host, *guest]))
                 if h.name not in have and not have.add(h.name))  # (X结束访问，…举行欢送仪式。X检阅仪仗队: once)


# a later sentence that tells another event held (举行欢迎宴会, 举行了午宴) or opens after one (会谈后，): not the ceremony's
_ANOTHER_HELD = re.compile(r"举行了?[^，,。；;]{0,12}?(?:宴会|晚宴|午宴|国宴|酒会|招待会|会谈|会晤)")
_AFTER_ANOTHER = re.compile(r"[\s\u3000]*[^，,。；;\s]{1,6}[后毕][，,]")


def _spouses(ctx: Context, at: int, principals: list) -> list:
    """The spouses of a welcome ceremony's (or banquet's) principals told with them in the sentence at ``at`` or the few
    after it (…举行隆重仪式，欢迎X。X和夫人Y抵达时，受到Z和夫人W热情迎接), who attend it; not those
    told at the arrival before it (X和夫人Y步出舱门。…举行欢迎仪式), which the golds read both ways."""
    rec, text = ctx.rec, ctx.text
    names = {h.name for h in principals}
    k = rec.sentence_of(at)
    out = []
    for j, (a, b) in enumerate(rec.sentences[k : k + 1 + _REVIEW_WINDOW]):
        if j and (_ANOTHER_HELD.search(text, a, b) or _AFTER_ANOTHER.match(text, a, b)):
            break  # 会谈后，X和夫人Y为Z和夫人W举行欢迎宴会: the spouses of another event, told after it
        # the principal's name as written, read there or not (受到X和夫人Y热情迎接, X read only elsewhere)
        ends = {at + len(n) for n in names if len(n) >= 2 for at in _occurrences(text, n, a, b)}
        for q in rec.persons:
            if a <= q.start < b and q.via != "byline" and q.name not in names and \
                    any(grammar.WITH_WIFE.fullmatch(text, e, q.start) for e in ends if e < q.start):
                out.append(q)
    return out


# what opens another day or act than the one just told (13日，…; 此前，…; 随后，…)
_A_DAY_OPENS = r"[\s\u3000]*(?:当地时间)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]"  # a clause that opens on a day (13日，…)
_OTHER_TIME = re.compile(r"(?:^|[，,])" + _A_DAY_OPENS + "|此前|之前|随后|之后|稍后|次日|前一天|晚些时候|结束后")


def _banquet_spouses(ctx: Context, hits: list, attending: tuple) -> tuple[Participation, ...]:
    """The spouses of a banquet's principals told with them where it is first told (出席X举行的欢迎晚宴。…
    习近平和夫人彭丽媛抵达王宫，X和夫人Y热情迎接), who attend it as a welcome ceremony's do."""
    body = [h for h in hits if not ctx.rec.in_headline(h.start)]
    if not body:
        return ()
    have = {p.person for p in attending}
    spouses = [q for q in _spouses(ctx, body[0].start, [_Unread(n, 0, 0) for n in have]) if q.name not in have]
    if _is_welcome(body[0].name):  # a ceremony's: told in its sentence or the next, with no other day or act before
        k = ctx.rec.sentence_of(body[0].start)
        spouses = [q for q in spouses if (j := ctx.rec.sentence_of(q.start)) == k or j == k + 1
                   and not _OTHER_TIME.search(ctx.text, ctx.rec.sentences[j][0], q.start)]
    cue = ctx.mention(body[0].start, body[0].end, "CUE", "meetings.banquet")
    return tuple(Participation(q.name, "attendee", ctx.mention(q.start, q.end, "PERSON", "meetings.banquet"), cue, 0.9)
                 for q in {q.name: q for q in spouses}.values())


# 出席X（和夫人）（在…）（为…）举行的Y: X holds the Y another attends (not those it is held for, after 为)
# (what is commemorated is not who holds it: 出席纪念X同志诞辰120周年举行的座谈会)
_COMMEMORATES = re.compile(r"纪念|庆祝|悼念|缅怀|追悼|祭奠|追思|诞辰|逝世|周年")
_HELD_BY = re.compile(r"(?:出席|参加)了?(?P<who>[^，,。；;：:“”《》]{2,40}?)(?:在[^，,。；;为]{1,20}?)?(?:为[^，,。；;]{1,60}?)?举行的(?:[^，,。；;的]{0,6})$")


_SWEARING_IN = "宣誓就职"
_SWORN_WINDOW = 2  # sentences after a swearing-in in which its roles are told (the oath, the sash, the inaugural address)
_AT_ANOTHER = re.compile(r"在(?![^，,。；;]{0,10}?(?:就职|宣誓))[^，,。；;在]{1,20}?上")  # 在集会上发表讲话: at another event
# a later sentence's act after the oath (塞西随后在总统府发表讲话), or at a place other than the oath's: another event
_LATER_ON = re.compile(_THEN_WORDS + "|稍后|晚些时候")
_SPOKE_AT_PLACE = re.compile(r"在(?P<place>(?![^，,。；;]{0,10}?(?:就职|宣誓))[^，,。；;在上中]{2,16}?)(?=发表|讲话|致辞|演讲|表示|说)")

# a permanent representative to the UN (中国常驻联合国代表X表示, 俄罗斯常驻联合国副代表Y则否认) whose words a story of a
# Security Council sitting tells after it, with no other meeting told between: said there, present
_UN_ENVOY = re.compile(r"常驻联合国(?:副)?代表$")
# a roundup item's own title line, a topic (朝鲜半岛局势, 也门问题), not a sub-headline of the story (中方反对外部干预…)
_ITEM_TITLE = re.compile(r"\n[ \u3000\t]*(?P<topic>[^\n。；;！？!?，,：:“”\s]{2,10}?)(?:局势|问题|形势|危机)[ \u3000\t]*\n")
_ENVOY_SAYS = re.compile(r"(?:在会上)?(?:还|则|也|再次|同时)?(?:表示|说|指出|批评|强调|呼吁|否认|谴责|认为)")


def _council_envoys(ctx: Context, hits: list, attending: tuple) -> tuple[Participation, ...]:
    """The UN envoys whose words a story tells after the Security Council sitting ``hits`` name, who attend it."""
    rec, text = ctx.rec, ctx.text
    body = [h for h in hits if not rec.in_headline(h.start) and not rec.in_meta(h.start)]
    if not body:
        return ()
    have, out = {p.person for p in attending}, []
    for q in rec.persons:
        if q.via == "byline" or q.start < body[0].end or q.name in have or rec.in_meta(q.start) \
                or not _UN_ENVOY.search(text, max(0, q.start - 10), q.start) or not (says := _ENVOY_SAYS.match(text, q.end)) \
                or any(body[0].end <= m.start < q.start and not any(m.start == h.start for h in hits) for m in rec.meetings) \
                or any(t["topic"] not in text[slice(*rec.sentences[rec.sentence_of(body[0].start)])]
                       for t in _ITEM_TITLE.finditer(text, body[0].end, q.start)):
            continue  # (nor one of a roundup's next item on another topic, under its own title line: 朝鲜半岛局势)
        have.add(q.name)
        out.append(Participation(q.name, "attendee", ctx.mention(q.start, q.end, "PERSON", "meetings.envoy"),
                                 ctx.mention(says.start(), says.end(), "CUE", "meetings.envoy"), 0.9))
    return tuple(out)


_HOST_OF = re.compile(r"(?:和夫人[^，,。；;]{0,6}?)?(?:在[^，,。；;为]{1,20}?)?(?:为[^，,。；;]{1,60}?)?(?:举行|举办|主办)的[^。；;]{1,30}?$")
_ATTENDS_HOSTS = re.compile(r"(?:出席|参加)了?[^，,。；;：:]{0,20}$")


_EACH = re.compile(r"分别|先后|相继|各自")  # A和B分别致辞: each speaks, none a spouse's company only
_SPOUSE_BEFORE = re.compile(r"(?:" + grammar.WITH_WIFE.pattern + r"|与夫人)$")  # X和夫人|Y: his wife, named after him


def _hosts_attended(text: str, s: int, h, cs: int) -> bool:
    """Whether ``h`` holds the event another attends, named right before the cue at ``cs`` (出席X举行的宴会上|致辞)."""
    return bool(_HOST_OF.fullmatch(text, h.end, cs) and _ATTENDS_HOSTS.search(text, s, h.start))


def _holders(ctx: Context, hits: list, attending: tuple) -> tuple[Participation, ...]:
    """Who holds a meeting another is told to attend (出席马塔雷拉举行的欢送仪式, 出席X和夫人为…举行的欢迎晚宴): the
    persons written before 举行的 (and before a place 在… or the guests 为…), who attend it."""
    have, out = {p.person for p in attending}, []
    for h in hits:
        s = ctx.rec.sentences[ctx.rec.sentence_of(h.start)][0]
        if not (m := _HELD_BY.search(ctx.text, s, h.start)):
            continue
        cue = ctx.mention(m.start(), m.end(), "CUE", "meetings.held_by")
        end = c.start() if (c := _COMMEMORATES.search(ctx.text, m.start("who"), m.end("who"))) else m.end("who")
        # (the name as the story writes it elsewhere too: the recognisers may not read it in this clause)
        for name in sorted({q.name for q in ctx.rec.persons if q.via != "byline"} - have, key=len, reverse=True):
            at = ctx.text.find(name, m.start("who"), end)
            if at >= 0 and not _WHOSE.match(ctx.text, at + len(name)) and name not in have:
                have.add(name)
                out.append(Participation(name, "attendee", ctx.mention(at, at + len(name), "PERSON", "meetings.held_by"), cue, 0.9))
    return tuple(out)


def _occurrences(text: str, s: str, a: int, b: int) -> list[int]:
    """Where ``s`` is written in ``text[a:b]``."""
    out, at = [], text.find(s, a, b)
    while at >= 0:
        out.append(at)
        at = text.find(s, at + 1, b)
    return out


# a festive gathering a leader holds with a group: 习近平…在人民大会堂同各民主党派中央…代表欢聚一堂，共迎佳节
_GATHERED = re.compile(r"(?:同|与)(?P<guests>[^。；;，,]{2,60}?)欢聚一堂[，,、]?(?:共迎|喜迎|共庆|同庆)(?:佳节|新春|春节)")
_GATHERING_TITLE = re.compile(r"(?:同|与)[^\s，,。；;：:]{2,16}?共迎新春")  # 习近平同党外人士共迎新春


def _gathering(ctx: Context) -> tuple[str, re.Match] | None:
    """A festive gathering told in the lead with its host named before it (its name the title's
    同…共迎新春, else 同…欢聚一堂 as written), when the story reports no meeting of its own."""
    rec, text = ctx.rec, ctx.text
    lead = next((k for k, (a, _) in enumerate(rec.sentences) if not rec.in_meta(a) and not rec.in_headline(a)), None)
    m = next((m for m in _GATHERED.finditer(text) if rec.sentence_of(m.start()) == lead), None)
    if m is None:
        return None  # told later (快评指出，…同…欢聚一堂; a gala's guests): not the story's own gathering
    s, _ = rec.sentences[rec.sentence_of(m.start())]
    if _DUE.search(text, s, m.start()) or not any(s <= h.start < m.start() and h.via != "byline" for h in rec.persons):
        return None  # no one who holds it (群众欢聚一堂), or still to come
    title = ctx.article.title if ctx.article else ctx.doc.title
    named = _GATHERING_TITLE.search(title or "")
    return (named.group() if named else text[m.start() : m.end("guests")] + "欢聚一堂"), m


def _hosts(ctx: Context, m: re.Match, have: tuple) -> tuple[Participation, ...]:
    """Who holds a gathering (the persons of its sentence before 同…欢聚一堂): they attend it."""
    return _attending_between(ctx, m, ctx.rec.sentences[ctx.rec.sentence_of(m.start())][0], m.start(), have, "meetings.gathering")


def _banquet_guests(ctx: Context, m: re.Match, have: tuple) -> tuple[Participation, ...]:
    """Whom a banquet is held for (between 为 and 举行: 为Z和夫人W举行欢迎宴会, a name read elsewhere counting
    where it is written): they attend it."""
    named = {h.name for h in ctx.rec.persons if h.via != "byline" and len(h.name) >= 2}
    return _attending_between(ctx, m, m.start(), m.start("name"), have, "meetings.banquet", named)


def _attending_between(ctx: Context, m: re.Match, a: int, b: int, have: tuple, source: str, named: frozenset[str] | set[str] = frozenset()) -> tuple[Participation, ...]:
    """The persons read between ``a`` and ``b`` (and where any of ``named`` is written there), each an attendee
    not yet in ``have``, with ``m`` as the cue."""
    rec, text = ctx.rec, ctx.text
    cue = ctx.mention(m.start(), m.end(), "CUE", source)
    read = [h for h in rec.persons if a <= h.start < b and h.via != "byline"]

    def inside(at: int, n: str) -> bool:  # a part of a longer name read there (…·本·萨勒曼 holds 萨勒曼)
        return any(h.start <= at < h.end and h.name != n for h in read)

    written = {(at, n) for n in named if (at := next((k for k in _occurrences(text, n, a, b) if not inside(k, n)), -1)) >= 0}
    found = sorted({(h.start, h.name) for h in read} | written)
    seen, out = {p.person for p in have if p.role == "attendee"}, []
    for at, n in found:
        if n not in seen and not _WHOSE.match(text, at + len(n)) and not inside(at, n):
            seen.add(n)
            out.append(Participation(n, "attendee", ctx.mention(at, at + len(n), "PERSON", source), cue, 0.9))
    return tuple(out)


def _names_meeting(ctx: Context, k: int, back: bool = False) -> bool:
    """Whether sentence ``k`` names a meeting or an audience (with ``back``, other than by an opening
    that points back to the audience told: 会见中，X、Y先后发言)."""
    s, e = ctx.rec.sentences[k]
    if back and (m := _AT_THE_AUDIENCE.match(ctx.text, s)):
        s = m.end()
    return _names_meeting_in(ctx, s, e) or re.search(r"汇报|书面", ctx.text[s:e]) is not None


def _own_occasion(ctx: Context, p) -> bool:
    """Whether a speech told after a joint press conference is written with its own time or place between the
    speaker and the speech word (X在今年新年致辞中表示, X2018年访华时在西安发表讲话): not one given there."""
    s, e = ctx.rec.sentences[p.cue.sentence]
    at = ctx.text.find(p.mention.norm, s, e)  # (the name as written in the cue's sentence: offsets are the document's)
    w = _PRESS_SPEECH.search(ctx.text, at + len(p.mention.norm), e) if at >= 0 else None
    return w is not None and _OWN_OCCASION.search(ctx.text, at + len(p.mention.norm), w.start()) is not None


def _names_meeting_before(ctx: Context, k: int, speaker: str) -> bool:
    """Whether sentence ``k`` names a meeting or an audience before the speech word after ``speaker``'s name
    (what the speech said may name any)."""
    s, e = ctx.rec.sentences[k]
    at = ctx.text.find(speaker, s, e)
    at = w.start() if at >= 0 and (w := _PRESS_SPEECH.search(ctx.text, at, e)) else e
    return _names_meeting_in(ctx, s, at)


_FACE_TO_FACE = r"会见|接见|会谈|会晤"  # an audience or talks held in one room (a call is none: it has no toasts)
_MET_WORD = re.compile(_FACE_TO_FACE)
_AUDIENCE_WORD = re.compile(_FACE_TO_FACE + r"|通电话|通话")


def _names_meeting_in(ctx: Context, s: int, at: int, unsaid: bool = False) -> bool:
    """Whether the text from ``s`` to ``at`` names a meeting or an audience (with ``unsaid``, outside what is said: X指出，…大会)."""
    starts = [h.start for h in ctx.rec.meetings if s <= h.start < at] + [w.start() for w in _AUDIENCE_WORD.finditer(ctx.text, s, at)]
    return any(not (unsaid and _said_at(ctx, t)) for t in starts)


_AT_THE_AUDIENCE = re.compile(r"\s*(?:在)?(?:会见|接见)(?:中|时|期间|过程中)[，,]")


# (the heads of the delegations received together, 集体会见…的外方代表团团长, are a group too)
_GROUP = re.compile(r"(?:代表|代表们|官兵|单位主官|学员|运动员|负责同志|负责人|获奖者|获得者|模范|嘉宾|专家|代表团|访华团|访京团|参访团|考察团|访问团|全体成员|主要成员|全体委员|委员|使节|各界人士|友好人士|各方人士|与会人员|工作人员|代表团团长|外方团长)(?:(?:和他们的|和她们的|及其)(?:亲属|家属|家人|配偶|夫人))?(?:一行)?$")
# where the guests of 会见 end: a clause, or 并 unless it is inside what describes the guest
# (会见来华访问并出席…会议的南非副总统马布扎)
# after the last of several guests: the group they lead or belong to (…率领的日本经济界代表团, …等代表)
_LED_GROUP = re.compile(r"(?:等|(?:及其|[和与][他她]们?)?(?:率领|带领)的)(?P<group>[^，,；;：:。、]{0,30}?(?:代表团|访华团|访京团|参访团|考察团|访问团|代表))(?:一行)?")
# a state's military chiefs met as one (会见A国参联会主席X、陆军参谋长Y、海军参谋长Z等军方领导人): one audience, all attend
# (the last chief's name unread, 、空军参谋长阿曼等…: his title and name before 等)
_MILITARY_CHIEFS = re.compile(r"(?:、(?P<last>[^，,；;：:。、等]{3,20}?))?等(?P<group>[^，,；;：:。、等]{0,10}?(?:军方|军队)领导人)")
# (its leader's 和他/及其 with it: 会见…会长X和他率领的…代表团, X unread, is no name 和他)
_LED_BY_ONE = re.compile(r"(?:及其|[和与][他她]们?)?(?:率领|带领)的(?:[^，,；;：:。的]{2,20}?的)?(?P<group>[^，,；;：:。的]{2,30}?(?:代表团|访华团|访京团|参访团|考察团|访问团|管治团队))(?:一行|全体成员|主要成员)?$")  # 参、众两院访华代表团
# the group a guest heads, told 以X(会长)为团长的…代表团 / 以X为首的…代表团 (its members too: …访京团全体成员)
_HEADED = re.compile(r"为(?:团长|首)的(?P<group>[^，,；;：:。的]{2,30}?(?:代表团|访华团|访京团|参访团|考察团|访问团|交流团)(?:全体成员|主要成员)?)(?:一行)?$")
_HEADED_BY = re.compile(r"以[^，,。；;：:为]{2,40}")  # 以 + the leader(s) and their roles, before 为团长
_MADE_UP_OF = re.compile(r"^[^，,。；;：:]{2,60}?(?:联合|共同)?组成的(?=[^，,。；;：:的]{4,})")  # what a group is made of, before its name
_HEAD_COUNT = re.compile(rf"(?<=的)(?:约|近)?(?:几|数)?{NUMERAL}[多余]?(?:名|位)")  # 会见…的600多名代表: how many, not who (the group is 代表)
_GUEST_CLAUSE_END = re.compile(r"[，,；;：:。！？!?]|并(?![^，,。；;：:]*?的)|$")
# (not 参加会见并出席会议, nor 参加会见并在大会上宣读表彰决定: the one attendance told is at the meeting too)
_JOINS_TALKS = re.compile(r"了?(?:上述|此次|这次|相关)?(?:会见|会谈|会晤)(?!并(?:出席|参加|(?:在[^，,。；;]{1,20}?上)?宣读))")
_BARE_CUE = re.compile(r"[。；;]|$")  # a cue that ends its sentence, no meeting after it
_ANOTHER_EVENT = re.compile(r"(?:出席|参加|参观|观看|考察|看望)了?(?![。；;，,])")  # …出席迎春晚会: an event of its own (not a bare 出席。)
_PHOTO_AFTER = re.compile(r"[\s\u3000]*(?:(?:座谈)?会(?:结束)?后[，,])?[^。；;]*?(?:合影|握手)")  # (座谈会后，)X同大家合影留念: still the sitting's
_ALSO_LISTED = re.compile(r"的(?:领导同志|领导|同志|嘉宾)?还有")  # 出席的还有X: those also present, named after the cue
_TALKS_TITLE = re.compile(r"会见|会谈|会晤")
_AUDIENCE_TITLE = re.compile(r"会见|会谈|会晤|接见")  # talks, or a group received (接见…全体代表)
# (not a body in the guest's post: 古巴国务委员会主席兼部长会议主席, 最高人民会议常任委员会委员长; nor the meeting the group
# received sits at: 接见…会议全体代表)
# another event a principal attended (not the talks' signing: …出席…签字仪式。X等出席。 is at both)
_ATTENDED_ANOTHER = re.compile(r"(?:出席|参加)了?(?![^。；;]{0,40}?(?:签字|签约|签署))[^。；;]{0,40}?(?:仪式|宴会|晚宴|典礼)")
_OTHER_EVENT = re.compile(r"演讲|讲话|致辞|出席|参加|仪式|宴会|欢迎|考察|参观|访问|座谈|论坛|峰会|(?:大会|会议)(?![^，,。；;\s]{0,8}?(?:主席|委员长|议长|秘书长))(?!(?:全体)?代表)")
# a title that names the group received: 张高丽会见出席金砖国家最高审计机关领导人第一次会议外方代表
_TITLED_GROUP = re.compile(r"(?P<verb>会见|接见)了?(?P<group>(?:出席|参加)[^，,。；;：:\s“”]{4,60}?(?:代表|代表团|嘉宾|团长|政要|领导人))(?=[\s，,；;：:]|$)")
_CHAIRS_AUDIENCE = re.compile(r"(?:会见|接见)(?:活动)?(?=[。；;]|$)")
_JOINED_THIS = r"了?(?:上述|此次|这次|相关)?"  # 参加(了)(上述/此次…)会见: which event one joins
_JOINS = re.compile(_JOINED_THIS + r"(?:会见|接见|会谈|会晤|活动)")
_JOINS_SUMMIT = re.compile(_JOINED_THIS + r"会晤")
_ALL_ACTIVITIES = re.compile(r"了?(?:" + _TOLD_BEFORE + ")活动")
# 分别参加他们所在代表团的审议; X、Y主持所在党组会议, Z出席所在党组会议: each at his own body's, which one not said
_EACH_OWN = re.compile(r"了?(?:(?:他们|她们|各自)所在|所在的?(?![^，,。；;]{0,10}?代表团)[^，,。；;]{0,10}?(?:会议|会))")
_ALL_TOLD = re.compile(r"了?上述活动")  # every activity told above (有关/相关活动 may be the clause's own event's)


def _guests_own_event(ctx: Context, name: str, hits: list, audiences) -> bool:
    """Whether a meeting is told only as the one the guests of talks attend (同出席…闭幕式的X举行会晤), no act of the host's."""
    body = [h for h in hits if not ctx.rec.in_headline(h.start)]
    return bool(audiences) and name not in audiences and bool(body) and all(
        _WITH_ITS_GUESTS.search(ctx.text, max(0, h.start - 30), h.start) for h in body)
_RELATED = re.compile(r"了?有关活动")  # 王毅、何立峰出席有关活动: the talks' when the title tells talks or an audience
# a name (or a list of names) that says whose the guests are: 会见了周恩来、陈毅的亲属, 会见普京总统的特使X
_POSSESSOR = re.compile(r"(?:(?:、|和|及)(?:(?![他她其]|率领|带领)[\u4e00-\u9fff·]){2,8}?)*(?:主席|总书记|总理|总统|首相|国王|同志|先生|女士)?的(?!主持)")
_RECEIVED_BY = re.compile(r"(?:受到|受|得到)[^，,。；;]{0,20}$")  # 受到…接见: the guest's memory, not an audience told


_SESSION = re.compile(rf"第?({NUMERAL})届[^第次]{{0,12}}?第?({NUMERAL})次")


_ANNUAL = re.compile(r"(?<=\d)年年会")  # …论坛2021年年会 is …论坛2021年会, the year's 年 and the 年会's written once


def _names_one(name: str, others: set[str]) -> bool:
    """Whether ``name`` and one of ``others`` name one meeting (containment, or one 届/次; a
    session's lecture, …第十四次会议学习讲座, is a meeting of its own)."""
    key = _session(name)
    name, others = _ANNUAL.sub("年会", name), {_ANNUAL.sub("年会", o) for o in others}
    return any((name in o or o in name or (key and key == _session(o) and (None in (_body(name), _body(o)) or _body(name) == _body(o))))
               and name.endswith("讲座") == o.endswith("讲座") for o in others)


def _body(name: str) -> str | None:
    """Which body's session a name says: 十二届全国人大二次会议 and 全国政协十二届二次会议 share
    their numbers, not their body."""
    return "人大" if re.search("人大|人民代表大会", name) else "政协" if re.search("政协|政治协商会议", name) else None


def _session(name: str) -> tuple[int | None, ...] | None:
    """(届, 次) of a session name: 第十五届委员会第五次全体会议 and 十五届五次全会 are one meeting."""
    m = _SESSION.search(name)
    return (chinese_number(m.group(1)), chinese_number(m.group(2))) if m else None


_EDITION = re.compile(rf"第(?:{NUMERAL}|\d+)[次届]")
_TWO_MEETINGS = re.compile(r"(?:会|会议|会晤|论坛)(?:和|及|以及|与)")  # …第七次会晤和…第十五次会议: two meetings named as one


def _group(ctx: Context, hits: list) -> dict[str, list]:
    """Mentions of one meeting under one name: names that contain each other are merged,
    named as first written in the body (the headline often adds the locality; an item's title line of a
    news flash may shorten it: 七国集团外长会落幕 over 七国集团外长会议12日…落幕)."""
    lines = _item_lines(ctx.text) if len(hits) > 1 else []
    body_first = sorted(hits, key=lambda h: (ctx.rec.in_headline(h.start), any(a <= h.start < b for a, b in lines), h.start))
    groups: list[list] = []
    for h in body_first:
        for g in groups:
            # (…下午举行的政策例行吹风会 and …上午举行国务院政策例行吹风会: two, each told on a part of the day of its own)
            # (not 在26日上午举行的…论坛上 and 在27日下午举行的…论坛上: two days of one meeting, held 25日至27日)
            if all(_names_one(h.name, {o.name}) and (None in (a := _part_held(ctx.text, h), b := _part_held(ctx.text, o)) or a[1] == b[1] or a[0] != b[0])
                   and not (_convened_bare(ctx.text, h) and _convened_bare(ctx.text, o)) for o in g):
                g.append(h)
                break
        else:
            groups.append([h])
    # G20峰会 after 二十国集团领导人第十三次峰会(第一阶段会议): an organisation's form and the kind, the one numbered
    # summit of that organisation the story names (not 中央政治局常委会会议 of May in a story of July's sitting), nor
    # one of two meetings named as one (…第七次会晤和…第十五次会议); a short form in someone's words (负责人表示，
    # 习近平主席出席…理事会会议，体现了…) is dropped: the same meeting, its words no attendance told
    numbered = []  # (group, its numbered names)
    for o in groups if len(groups) > 1 else ():
        names = [n for n in {n for h in o for n in (h.name, *h.aliases)} if _EDITION.search(n)]
        if names and not _TWO_MEETINGS.search(o[0].name):
            numbered.append((o, names))
    for g in [g for g in groups if numbered and len(g[0].name) > 2]:
        kind, head = g[0].name[-2:], g[0].name[:-2]
        alike = [o for o, names in numbered if o is not g and any(n.endswith(kind) and _short_form_of(head, n) for n in names)]
        if len(alike) == 1:
            if not any(_said(ctx, h) for h in g):
                alike[0].extend(g)
            g.clear()
    # 庆祝大会 after 庆祝中国共产党成立100周年大会: the long name's first word and its kind, the one meeting so named
    for g in [g for g in groups if len(groups) > 1 and g and 4 <= len(g[0].name) <= 5 and not _EDITION.search(g[0].name)]:
        short = g[0].name
        alike = [o for o in groups if o is not g and o and len(o[0].name) >= len(short) + 4 and not _TWO_MEETINGS.search(o[0].name)
                 and any(short == o[0].name[:k] + o[0].name[k - len(short):] for k in range(2, len(short) - 1))]
        if len(alike) == 1 and (short[-2:] in ("大会", "会议", "仪式", "典礼") or short.endswith(("座谈会", "报告会"))) \
                and not _held_apart(ctx, g, alike[0]):
            alike[0].extend(g)
            g.clear()
    # 河北省委常委班子专题民主生活会 after 省委常委班子党的群众路线教育实践活动专题民主生活会: the long name less what it
    # holds between its body and its kind (its locality added), the one meeting so named
    for g in [g for g in groups if len(groups) > 1]:
        # (not 全国教育工作会议 and 全国教育系统关心下一代工作会议: words in the middle that are no theme name another
        # meeting, unless the later mention points back to the one told, 本次…会议)
        alike = [o for o in groups if o is not g and o and g and (middles := _less_its_middle(g[0].name, o[0].name))
                 and (any(_THEME_MIDDLE.search(w) for w in middles) or _points_back(ctx, g, o))]
        if len(alike) == 1 and not _held_apart(ctx, g, alike[0]):
            alike[0].extend(g)
            g.clear()
    # …主席团4日晚举行第一次会议。…主持主席团会议: the body's meeting named bare, the one numbered sitting it holds in the story
    for g in [g for g in groups if len(groups) > 1 and g and _BODY_MEETING.fullmatch(g[0].name)]:
        body = _BODY_MEETING.fullmatch(g[0].name)["body"]
        alike = [o for o in groups if o is not g and o and _NTH_SITTING_BARE.fullmatch(o[0].name)
                 and body in ctx.text[ctx.rec.sentences[ctx.rec.sentence_of(o[0].start)][0] : o[0].start]]
        # (not 王晨主持召开了主席团会议: a sitting convened in its own words, by its own chair)
        if len(alike) == 1 and not _held_apart(ctx, g, alike[0]) and not any(_CONVENED_BARE.search(ctx.text, max(0, h.start - 3), h.start) for h in g):
            alike[0].extend(g)
            g.clear()
    return {g[0].name: sorted(g, key=lambda h: h.start) for g in groups if g}


_BARE_KINDS = ("会议", "视频会议", "电视电话会议")


def _convened_bare(text: str, h) -> bool:
    """A meeting told by its kind alone right after 主持召开 (习近平主持召开会议): convened in its own words, each
    such mention another meeting (主持召开视频会议 … 主持召开会议: two)."""
    return h.name in _BARE_KINDS and bool(re.search(r"主持召开了?$", text[max(0, h.start - 5) : h.start]))


def _less_its_middle(short: str, long: str) -> list[str]:
    """The words ``long`` holds that ``short`` lacks, four or more between its body (four or more) and its kind (four
    or more), ``short`` perhaps after a locality of its own: 党的…活动 of 河北省委常委班子专题民主生活会 and
    省委常委班子党的…专题民主生活会 (none when it is no such shorter form)."""
    if len(long) < len(short) + 2:
        return []
    for k in (0, 2, 3, 4):
        rest = short[k:]
        if k and short[:k] not in lexicons.places() or len(long) < len(rest) + 4:
            continue
        if middles := [long[i : len(long) - len(rest) + i] for i in range(4, len(rest) - 3) if long.startswith(rest[:i]) and long.endswith(rest[i:])]:
            return middles
    return []


# the words a campaign or theme adds to a meeting's name (党的群众路线教育实践活动, “两学一做”学习教育, 专题)
_THEME_MIDDLE = re.compile(r"党的.*活动|(?:教育实践|主题教育|学习教育)活动?|主题教育|专题|“[^”]+”")
_POINTS_BACK = re.compile(r"(?:本次|这次|此次|该|上述)$")


def _points_back(ctx: Context, g: list, o: list) -> bool:
    """Whether the later of two names' first mentions is told as the one before (本次…会议, 上述…会议)."""
    later = max(min(g, key=lambda h: h.start), min(o, key=lambda h: h.start), key=lambda h: h.start)
    return bool(_POINTS_BACK.search(ctx.text, max(0, later.start - 2), later.start))


_CONVENED_BARE = re.compile(r"(?:召开|举行)了?$")
_ALSO_HELD = re.compile(r"(?:也|亦|另)[^，,。；;]{0,20}?(?:举行|召开|举办)了?$")  # 同日，澳门统促会也在澳门举行|庆祝大会
_HELD_THEREAT = re.compile(r"在(?P<place>[^，,。；;在]{1,12}?)(?:隆重|盛大|热烈)?(?:举行|召开|举办)了?$")


def _held_apart(ctx: Context, hits: list, other: list) -> bool:
    """Whether a mention in ``hits`` (a short or bare name) is told of a meeting apart from ``other``'s: one also held
    by another (也…举行), at a place ``other``'s sentence does not name (在台北举行庆祝大会), on a day of its own told in its
    sentence (10月20日，…举行庆祝大会), or in a sentence that opens on an earlier time (此前，…)."""
    rec, text = ctx.rec, ctx.text
    day = _date_for(ctx, other)
    when = resolve_date(day, ctx.reference_date)[0] if day else None
    o_sent = rec.sentences[rec.sentence_of(next((h for h in other if not rec.in_headline(h.start)), other[0]).start)]
    for h in hits:
        if rec.in_headline(h.start):
            continue
        s = rec.sentences[rec.sentence_of(h.start)][0]
        clause = max(text.rfind(c, s, h.start) for c in "，,；;：:") + 1
        if _ALSO_HELD.search(text, max(s, clause), h.start) or _EARLIER_OPENING.match(text, s, h.start) or _DAY_BEFORE.match(text, s):
            return True
        if (at := _HELD_THEREAT.search(text, max(s, clause), h.start)) and at["place"] not in text[o_sent[0] : o_sent[1]]:
            return True
        own = [d for d in rec.dates if s <= d.start < h.start and d.day is not None and d.relative_days is None]
        if own and when and resolve_date(own[-1], ctx.reference_date)[0] not in (None, when):
            return True
    return False


_PART_HELD = re.compile(rf"(?:({NUMERAL})[日号])?(上午|下午|晚上)(?:[^，,。；;]{{0,4}}?在[^，,。；;]{{1,15}}?)?(?:举行|召开)了?的?$")


def _part_held(text: str, h) -> tuple[str | None, str] | None:
    """The day (if told) and part of the day told as when ``h`` was held, in the words right before it
    (…下午举行的|政策例行吹风会, 在26日上午举行的|…论坛)."""
    m = _PART_HELD.search(text, max(0, h.start - 28), h.start)
    return (m[1], m[2]) if m else None


_BODY_MEETING = re.compile(r"(?P<body>主席团|常委会|委员长会议|主席会议|党组|常务委员会)会议")
_NTH_SITTING_BARE = re.compile(rf"第{NUMERAL}次(?:全体)?会议")


# 出席佐科总统连任就职仪式, 出席印度尼西亚总统佐科就职仪式，并分别会见…: whose event is attended (出席/参加 earlier in
# the clause, the event after the name), not a host of the audiences after it
_ATTENDS_WHOSE = re.compile(r"(?:出席|参加)了?[^，,。；;、]{0,14}$")
_WHOSE_EVENT = re.compile(r"[^，,。；;、]{0,12}?(?:仪式|典礼|活动|庆典|会议)")
_STATES = lexicons.alternation(lexicons.countries())  # every state's name
# (分别)会见, 集体会见, 接见: an audience told (先后接见过X: met once before, none told; 感谢X会见和Y邀请, 会见及活动:
# a 会见 joined to what follows has no object, though 会见与会代表 has)
# (看望 a foreign head or royal named by his country is a call of the same kind: 看望了柬埔寨太后莫尼列, a condolence call;
# not 看望X总统本扬的家属: his kin, unnamed)
_CALLED_ON = r"看望(?=了?(?:" + _STATES + r")[^，,。；;、和及]{0,6}?(?:国王|太后|王太后|王后|亲王|王储|总统|总理|首相)(?:(?!的)[\u4e00-\u9fff·]){2,12}?(?:[，,。；;]|$))"
# (会晤 with a country right after it is the verb of an audience too: 会晤埃及总统X, 会晤了…)
_MET_OF_STATE = r"会晤(?=了?(?:" + _STATES + r"))"
_AUDIENCE_CUE = re.compile(r"(分别)?(?P<verb>(?:集体)?会见|接见|" + _CALLED_ON + "|" + _MET_OF_STATE + r")(?!过(?!程)|[和及]|与(?!会))了?")
# one the story tells as dead (普密蓬生前的住所, 西哈努克太皇不幸病逝, 向X遗体三鞠躬, 已故X): at no call nor audience
_TOLD_DEAD = re.compile(r"(?:太皇|国王|陛下|先生|同志|女士|太后|亲王|王子|公主)?(?:不幸)?(?:生前|遗体|灵柩|灵前|逝世|去世|病逝|辞世)")
_GUESTS_JOINED = re.compile(r"、|和|及|以及")  # right after a guest's name: the next of the list follows (titled or not)
_LED_OPENS = re.compile(r"(?:及其|[和与][他她]们?)?(?:率领|带领)的")  # …率领的X代表团: the group told as the guest's
# guests of one audience told together (会见A、B without 分别): a title that names several (会见A和B, 会见A、B, …夫妇),
# a list that ends on 等 or on a group (…和理事会部分成员), a wife named after her husband (和夫人Y);
# (not the 和 of a word: 中非共和国, 共和党, 和平, 和谐)
_TITLED_JOINT = re.compile(r"(?P<verb>集体会见|会见|接见)(?P<who>[^，,。；;：:\s“”]{4,30})$")


def _titled_joint(ctx: Context, m: re.Match, guests: list) -> str | None:
    """The guests of one audience as a headline that names none of them writes them (X会见A国议会两院议长),
    where the body tells the audience once: the audience's name, else None."""
    title = (ctx.article.title if ctx.article else ctx.doc.title) or ""
    t = _TITLED_JOINT.search(title)
    if t is None or t["verb"] != m["verb"] or ctx.text.count(m["verb"]) != 1 \
            or any(h.name in t["who"] for h in ctx.rec.persons) or any(g.name in t["who"] for g in guests):
        return None
    return t["who"]


_TITLED_TOGETHER = re.compile(r"(?:会见|接见)[^，,：:\s]*?(?:(?<!共)和(?![平谐睦])|、|夫妇)")
# (a bare 等 closes a list of people met, not a sitting: 访日期间，X还会见了A、B、C等 are calls apart)
_MET_WITH_OTHERS = re.compile(r"(?:一行)?(?:和|及|以及)[^，,。；;、]{0,20}?(?:成员|人士|官员|嘉宾|负责人)")
_AND_WIFE = re.compile(r"(?:和|及|偕)夫人$")


# troops received (驻疆部队官兵, 全师官兵代表) during an inspection of theirs (视察) are a part of the visit, as FORMAT.md
# reads inspections; a speech told in that sentence or the next (在讲话中指出, 发表重要讲话) makes the audience a meeting
_DURING_TOUR = re.compile(r"(?:考察|视察|调研)期间[，,]")  # a sentence opened by the tour's days, not a day of its own
_TROOPS = re.compile(r"(?:官兵|部队)(?:代表)?$")
_SPOKE_THERE = re.compile(r"讲话|致辞")


def _inspecting(ctx: Context, s: int) -> bool:
    """Whether the story tells an inspection (视察) in its title or in the sentence at ``s``."""
    title = ctx.article.title if ctx.article else ctx.doc.title
    return "视察" in (title or "") or "视察" in ctx.text[slice(*ctx.rec.sentences[ctx.rec.sentence_of(s)])]


def _next_end(rec, s: int) -> int:
    """The end of the sentence after the one at ``s`` (or of that one, when it is the last)."""
    k = rec.sentence_of(s)
    return rec.sentences[min(k + 1, len(rec.sentences) - 1)][1]


def _heads_of_states(text: str, at: int, guests: list) -> bool:
    """Whether the guests listed after 会见 are each titled by a country of his own (会见了韩国总统A、
    印度尼西亚总统B): audiences of several states' leaders told in one sentence, each one's own."""
    if len(guests) < 2:
        return False
    states = []
    for k, g in enumerate(guests):
        before = text[at if k == 0 else guests[k - 1].end : g.start]
        lead = (1 if _TURN_SEP.match(before) else -1) if k else (1 if before.startswith("了") else 0)
        state = lexicons.country_at(before, lead) if lead >= 0 else ""
        if not state or len(before) > 20:
            return False
        states.append(lexicons.country(state) or state)
    return len(set(states)) == len(states)


# a later guest titled with no country of his own, after 和/及/、 (会见捷克总统A和总理B: B is Czech too)
_SAME_STATE_TITLE = re.compile(r"[、和及]副?(?:" + grammar.LEADER_TITLES + r"|议长|参议长|众议长|外长)")


def _told_with(out: dict, verb: str, people: set[str]) -> str | None:
    """The audience (a name opening with ``verb``) already told with all of ``people`` at it, if any:
    one told again (会见A和B。在同A和B会见时)."""
    return next((n for n, (_, seen) in out.items() if n.startswith(verb) and people <= {p.person for p in seen}), None)


def _one_state(text: str, at: int, guests: list) -> bool:
    """Whether the guests listed after 会见 are one state's leaders, the first titled by it and each later one by a
    title alone (会见了捷克总统A和总理B): one audience of that state."""
    first = text[at : guests[0].start]
    if len(guests) < 2 or len(first) > 20 or not lexicons.country_at(first, 1 if first.startswith("了") else 0):
        return False
    return all(_SAME_STATE_TITLE.fullmatch(text, a.end, b.start) for a, b in zip(guests, guests[1:]))


# a title of the home state's bodies (全国政协副主席X、澳门特别行政区行政长官Y): no foreign state's guest
_HOME_TITLED = re.compile(r"[、和及]?了?(?:全国政协|全国人大|中共中央|国务院|中央军委|香港特别行政区|澳门特别行政区)[^，,。；;、和及]{0,20}")


def _home_officials(text: str, at: int, guests: list) -> bool:
    """Whether every guest listed after 会见 is titled by a body of the home state (会见了全国政协副主席A、澳门特别行政区
    行政长官B): one audience of them all, no state's leaders met each in turn."""
    return len(guests) > 1 and all(_HOME_TITLED.fullmatch(text, at if k == 0 else guests[k - 1].end, g.start)
                                   for k, g in enumerate(guests))


# what a notice asks one to draw on or be guided by (以…亲切会见…和…重要讲话为动力): a cited act, no meeting of the story
_TAKEN_AS_DRIVE = re.compile(r"以[^。；;！？以]{2,100}?为\s*(?:动力|指导|指针|遵循|榜样|引领)")


def _audiences(ctx: Context) -> tuple[dict[str, tuple[list, tuple[Participation, ...]]], set[str], set[str]]:
    """Diplomatic meetings: X会见Y(一行) is the meeting 会见Y(一行), X同Y举行会谈 is
    同Y举行会谈; the principals attend. 分别会见A和B is two meetings. X同…代表座谈 is a sitting
    held like one (the third set returned: no talks that make the story's other meetings cited).
    X会见…代表 receives a group: named by the group, and also the meetings of the second set returned (roles in
    their sentence, 并发表重要讲话, are theirs)."""
    out: dict[str, tuple[list, tuple[Participation, ...]]] = {}
    groups: set[str] = set()
    rec, text = ctx.rec, ctx.text

    def add(name: str, cue_span: tuple[int, int], people: list) -> None:
        cue = ctx.mention(*cue_span, "CUE", "meetings.audience")
        # 在会见奥朗德时，李克强说 after A、B分别会见了奥朗德: A's audience
        name = next((h.name + name for h in people if h.name + name in out), name)
        hits, seen = out.get(name, ([], ()))
        known = {p.person for p in seen}
        new = tuple(
            Participation(h.name, "attendee", ctx.mention(h.start, h.end, "PERSON", "meetings.audience"), cue, 0.9)
            for h in people if h.name not in known
        )
        out[name] = (hits + [MeetingHit(cue_span[0], cue_span[1], name, True)], seen + new)

    def principal(h, s: int, cue: int) -> bool:
        """Whether a person before the cue may be its host: not one who invited (应X邀请) or sent him
        (受X委托/指派, X特使), nor one whose event is attended (出席X总统就职仪式), nor the guest
        of an earlier 会见 in the sentence (…会见桑托斯，与纳梅举行会谈)."""
        clause = max(text.rfind(c, s, h.start) for c in "，,；;") + 1
        # (_WHOSE: 习近平主席特使X会见… — the envoy hosts, not who sent him; _ATTENDS_WHOSE with _WHOSE_EVENT: whose event)
        return not any(a <= h.start < b for a, b in invited.get(s, ())) and not _MET_BEFORE.search(text, max(s, clause), h.start) \
            and not _WHOSE.match(text, h.end) and not _talks_guest(h, cue) \
            and not (_ATTENDS_WHOSE.search(text, max(s, clause, h.start - 17), h.start) and _WHOSE_EVENT.match(text, h.end))

    def _talks_guest(h, cue: int) -> bool:
        """Whether he is the guest of talks told before the cue (同莫迪举行会晤，并会见马克龙): not its host
        (not of a press met jointly after the talks: 与X举行会谈后共同会见记者)."""
        return bool(_WITH_BEFORE.search(text, max(0, h.start - 14), h.start)) and _MET_BEFORE.search(text, h.end, cue) is not None \
            and not text.startswith("共同", cue - 2)

    title = ctx.article.title if ctx.article else ctx.doc.title
    invited: dict[int, list[tuple[int, int]]] = {}
    after_talks: list[tuple[str, tuple[int, int], list]] = []  # groups both heads receive jointly after their talks
    dead = {h.name for h in rec.persons if _TOLD_DEAD.match(text, h.end) or text.endswith("已故", 0, h.start)}
    for s, e in rec.sentences:
        invited[s] = [(m.start(), m.end()) for rx in (_INVITED, _ENTRUSTED) for m in rx.finditer(text, s, e)]
    for m in _AUDIENCE_CUE.finditer(text):
        if rec.in_meta(m.start()):
            continue
        s, e = rec.sentences[rec.sentence_of(m.start())]
        if _DUE.search(text, s, m.start()) or _PLANS.search(text, max(s, m.start() - 120), m.start()) or _earlier(text, s, m.start()) \
                or _of_a_past_year(ctx, _Unread("", m.start(), m.end())):
            continue  # 习近平还将会见记者, X将出席开幕式并致辞，会见…: still to come; 不久前会见…, 1986年6月，X在会见…时: an earlier one, cited
        if text.endswith("在", 0, m.start()) and _SPEECH_THERE.match(text, m.end()):
            continue  # 学习习近平在会见…访问团时的重要讲话精神: a speech cited, the audience only its occasion
        if any(f.start() < m.start() < f.end() for f in _TAKEN_AS_DRIVE.finditer(text, s, e)):
            continue  # 以X会见…代表和Y在…大会上的重要讲话为动力: what one is asked to draw on, no audience told
        if m["verb"] == "接见" and _RECEIVED_BY.search(text, s, m.start()):
            continue  # 受到习近平主席的接见: received once, told by the guest
        people = [h for h in rec.persons if s <= h.start < e and h.via != "byline" and (h.start > m.start() or principal(h, s, m.start()))
                  and h.name not in dead]
        if any(h.start < m.start() and _SUBJECT_WILL.match(text, h.end) and "；" not in text[h.end : m.start()] and ";" not in text[h.end : m.start()] for h in people):
            continue  # 访问期间，李强将同X举行会谈、签署…并共同会见记者: the subject's acts still to come, however many
        joint = next((j for j in _JOINT_AUDIENCE.finditer(text, s, e) if j.start("cue") == m.start()), None)
        together: list = []  # guests met with the first in one audience (会见A、B)
        if joint:
            # (X)同A、B会见时(，X…): the guests sit between 同 and 会见; the host is named
            # before 同, else he is the subject of the main clause after it
            guests = [h for h in people if joint.end(1) <= h.start < m.start()]
            subject = [h for h in people if h.start < joint.start(1)] or [h for h in people if h.start >= m.end()][:1]
            if len(guests) > 1 and (told := _told_with(out, m["verb"], {g.name for g in guests})):
                add(told, (m.start(), m.end()), [*subject, *guests])  # 会见A和B。在同A和B会见时: the audience told again
                continue
        else:
            subject = [h for h in people if h.start < m.start()]
            # X与Y共同出席…仪式，并分别会见了…: Y joins X in the act of his own clause, not in the audiences after it
            subject = [h for h in subject if not (any(g.start < h.start for g in subject) and _PARTNER_BEFORE.search(text, max(s, h.start - 30), h.start)
                                                  and _JOINT_ACT_BEFORE.match(text, h.end, m.start()))] or subject
            # 栗战书观看演出，王沪宁会见…: one whose own clause tells another act is no host (but 塞西，以及贝卜拉维…分别会见,
            # 习近平和X，Y共同会见: a list of hosts past a comma; 在X陪同下，Y会见: X is there)
            acting = [h for h in subject if (c := _CLAUSE_MARK.search(text, h.end, m.start())) and c.start() > h.end
                      and not any(h.end <= g.start < c.start() for g in subject) and not _ESCORTING.search(text, h.end, c.start())
                      and not _ONLY_WHEN_WHERE.fullmatch(text, h.end, c.start())]
            # 习近平和彭丽媛观看演出，李强会见…: who is joined to the one acting in his clause (、/和/与/及) acts with him
            acting = [h for h in subject if any(h.start <= t.start and not _CLAUSE_MARK.search(text, h.end, t.start) for t in acting)]
            subject = [h for h in subject if h not in acting] or subject
            clause = _GUEST_CLAUSE_END.search(text[m.end() : e])
            guests = [h for h in people if m.end() <= h.start < m.end() + clause.start()  # not past the clause
                      and not _POSSESSOR.match(text, h.end)  # 会见了周恩来、陈毅的亲属: whose kin, not who was met
                      and not _WHOSE.match(text, h.end)]  # 会见了习近平主席特使、…X: who sent the envoy met
            after = guests[-1].end if guests else 0
            if guests and (r := grammar.any_role().match(text, after)) and _LED_OPENS.match(text, r.end()):
                after = r.end()  # 会见了由X主席率领的…参访团: his title after his name, then the group he leads
            led = (_LED_GROUP.fullmatch(text, after, m.end() + clause.start())
                   or _MILITARY_CHIEFS.fullmatch(text, after, m.end() + clause.start())
                   or _LED_BY_ONE.fullmatch(text, after, m.end() + clause.start())
                   or _headed(text, m.end(), m.end() + clause.start(), guests[-1].end)) if guests and not m.group(1) else None
            if led and len(guests) == 1 and led.re is not _HEADED and not _LED_OPENS.match(led.group()):
                led = None  # 会见X等…代表 of one name read: the group is not told as his
            if subject and led:
                # 会见A、B、C率领的日本经济界代表团 / 会见…的A、B和C等代表: one audience of the group, all of them attend
                group = led["group"]
                # a group told only as 等代表: the title's name of it (张高丽会见出席…会议外方代表), else its first guest
                titled = _TITLED_GROUP.search(title or "") if len(group) < 4 and len(guests) > 1 else None
                name = m["verb"] + (group if len(group) >= 4 else titled["group"] if titled and titled["verb"] == m["verb"]
                                    else text[guests[0].start : guests[0].end])
                if len(group) >= 4 and (in_title := re.search(m["verb"] + r"[^，,。；;：:\s的]{0,20}?" + re.escape(group), title or "")):
                    name = in_title.group()  # the group as the title names it (会见澳门特别行政区新一届政府管治团队)
                if led.re is _MILITARY_CHIEFS and led["last"] and (last := _after_role(led["last"])):
                    guests.append(_Unread(last, at := led.end("last") - len(last), at + len(last)))  # (、空军参谋长X等: X unread)
                add(name, (m.start(), m.end()), [*subject, *guests])
                continue
            if not m.group(1) and len(guests) > 1 and (m["verb"] == "集体会见" or not _heads_of_states(text, m.end(), guests)):
                # 会见了A、B和C without 分别: one audience, named by the first, each guest met attends it; not one the
                # story tells an audience of his own (会见A、B。会见A时，…会见B时，…; 在会见A、B时 after 分别会见A和B)
                apart = [g for g in guests[1:] if m["verb"] + g.name in out or f"{m['verb']}{g.name}时" in text]
                # (told as one: by the title, 会见柬埔寨国王和太后; by a group after the list; a wife, 和夫人Y; one state's
                # leaders, 会见捷克总统A和总理B)
                # (or by the verb: 集体会见 the heads of several delegations is one audience; 看望太后A和国王B, one call)
                one = m["verb"] in ("集体会见", "看望") or _one_state(text, m.end(), guests) or _home_officials(text, m.end(), guests) or bool(_TITLED_TOGETHER.search(ctx.doc.title or "")) or bool(_MET_WITH_OTHERS.match(text, guests[-1].end))
                together = [g for g in guests[1:] if g not in apart and (one or _AND_WIFE.search(text, max(0, g.start - 4), g.start))]
                guests = guests[:1] + apart
            if m.group(1) and subject and (turns := _met_in_turn(text, m.end(), m.end() + clause.start(), guests)):
                # 分别会见议会各方人士和军方总参谋长加斯帕良: the group an audience of its own, a name unread another
                for group in turns[0]:
                    add(m["verb"] + group, (m.start(), m.end()), subject)
                    groups.add(m["verb"] + group)
                guests = sorted(guests + turns[1], key=lambda h: h.start)
            rest = text[guests[-1].end : m.end() + clause.start()] if m.group(1) and guests else ""
            if re.match(r"[、和及]", rest) and (last := _after_role(rest[1:])):
                # 分别会见A、B和国际货币基金组织总裁拉加德, the last name unread: an audience of its own
                at = guests[-1].end + rest.rfind(last)
                guests.append(_Unread(last, at, at + len(last)))
            at = _AT_AUDIENCE.match(text, m.end()) if text[max(s, m.start() - 1) : m.start()] == "在" else None
            opening = None if at or subject or m.group(1) else _OPENS_AUDIENCE.fullmatch(text, s, m.start())
            if opening and not _said(ctx, _Unread("", m.start(), m.end())) and not rec.in_headline(m.start()) \
                    and not (not opening["day"] and (k := rec.sentence_of(m.start())) and _recalls(ctx, *rec.sentences[k - 1])):
                # 会见阮富仲时，赵乐际表示 (会见X时李克强首先转达…), opening its sentence with no 在: as 在会见X时，
                # the host the subject of the main clause right after it (not one the sentence before recalls)
                at = next((a for rx in (_AT_AUDIENCE, _AT_AUDIENCE_BARE) if (a := rx.match(text, m.end()))
                           and any(h.start == a.end() for h in people)), None)
                guests = [h for h in guests if at and h.end < at.end()]
            if at and not subject:
                # 在会见贺南洪时，李克强表示: the host is the subject of the main clause
                subject = [h for h in people if h.start == at.end()]
                stop = at.start() + len(at.group().rstrip("，,"))  # where 时 (期间) ends the guest
                stop -= 2 if text.endswith("期间", 0, stop) else 1
                if subject and not guests and _unread_guest(ctx, m.end(), stop):
                    # a guest whose name the recognisers did not read: the meeting named by it, its host
                    written = text[m.end() : stop]
                    guest = _after_role(written) or _without_role(written)  # 芬兰总统尼尼斯托, 洪森首相: the name
                    where = m.end() + written.rfind(guest)
                    add(m["verb"] + guest, (m.start(), m.end()), [*subject, _Unread(guest, where, where + len(guest))])
                    continue
        if subject and not guests and text.startswith("共同会见", m.start() - 2) and (press := _THE_PRESS.match(text, m.end())):
            # 李克强与辛格共同会见记者: a joint press conference, named as written (共同会见中外记者)
            add("共同会见" + press.group(), (m.start() - 2, press.end()), subject)
            continue
        if not subject and text.startswith("记者", m.end()) and _BOTH_HEADS_JOINTLY.search(text, s, m.start()):
            # 两国总理共同会见了记者。李克强表示…肯尼表示: the two who speak after it held it
            speaking = [h for h in rec.persons if h.start >= e and h.via != "byline" and _SPEAKS.match(text, h.end)]
            if len(_first_two(speaking)) < 2:
                # (会谈后，)两国元首(还)共同会见了记者。 and no words of theirs after it: the principals of the talks told before
                after_talks.append(("共同会见记者", (m.start() - 2, m.end() + 2), _first_two(speaking)))
                continue
            add("共同会见记者", (m.start() - 2, m.end() + 2), _first_two(speaking))
            continue
        if not subject and not guests and _BOTH_HEADS_JOINTLY.search(text, s, m.start()) and not rec.in_headline(m.start()):
            group = text[m.end() : m.end() + _GUEST_CLAUSE_END.search(text[m.end() : e]).start()]
            # 出席大会前，两国总理共同会见中意企业家代表: a group received by the two the story told acting jointly before
            # (X与Y共同出席…)
            heads = next((two for a, b in rec.sentences[: rec.sentence_of(m.start())] if (j := text.find("共同", a, b)) >= 0
                          and len(two := _first_two([h for h in rec.persons if a <= h.start < j and h.via != "byline"])) == 2), [])
            if 4 <= len(group) <= 40 and _GROUP.search(group) and heads:
                add(m["verb"] + group, (m.start() - 2, m.end()), heads)
            elif 4 <= len(group) <= 40 and _GROUP.search(group) and _AFTER_TALKS.search(text, s, m.start()):
                after_talks.append((m["verb"] + group, (m.start() - 2, m.end()), []))  # (its heads: those of the talks, read below)
            continue
        if subject and not guests and not joint and not m.group(1):
            group = text[m.end() : m.end() + clause.start()]  # 会见全国劳动模范代表: a group received
            if (during := _DURING_AUDIENCE.match(group)) and _AT_PLACE.search(text, s, m.start()):
                group = during["group"]  # X在前线接见政府军官兵时强烈谴责…: the group, not what he said then
            # (集体会见13位非洲国家领导人, 集体会见国际行动理事会成员: the leaders of several states, the members of a body,
            # received together, a group too)
            if m["verb"] == "接见" and _TROOPS.search(group) and _inspecting(ctx, s) and not _SPOKE_THERE.search(text, s, _next_end(rec, s)):
                continue  # 视察新疆期间，接见了驻疆部队官兵: a part of the inspection, no meeting (not one he gives a speech at)
            if 4 <= len(group) <= 80 and (_GROUP.search(group) or m["verb"] == "集体会见" and group.endswith(("领导人", "成员"))) and not rec.in_headline(m.start()):
                # 会见美国联邦参议员X率领的美国国会议员代表团, X unread: named by the group, its leader attends
                led = _LED_BY_ONE.search(group) or _headed(group, 0, len(group))
                leader = (_after_role(group[: led.start()]) or _role_after(group[: led.start()])) if led and len(led["group"]) >= 4 else None
                if leader:
                    at = m.end() + group.rfind(leader, 0, led.start())
                    add(m["verb"] + led["group"], (m.start(), m.end()), [*subject, _Unread(leader, at, at + len(leader))])
                    groups.add(m["verb"] + led["group"])
                    continue
                # told again (会见到访的朝鲜高级别代表团 … 会见朝鲜高级别代表团时; …会见了正在…的中央主要新闻媒体负责同志和
                # 工作人员。…会见了人民日报、…等主要新闻媒体负责同志和工作人员): one meeting
                group = led["group"] if led and led.re is _HEADED else _HEAD_COUNT.sub("", _MADE_UP_OF.sub("", group))  # 会见A、B联合组成的日本经济界代表团: named by the group, not its makeup
                name = next((g for g in sorted(groups) if g[2:] in group or group in g[2:] or _same_tail(g, group)), m["verb"] + group)
                if name == m["verb"] + group and (short := _titled_tail(title or "", m["verb"], group)):
                    name = m["verb"] + short  # 会见参加…活动的中越青年代表, titled 共同会见中越青年代表: the group as the title names it
                add(name, (m.start(), m.end()), [*subject, *_group_head(ctx, text[m.end() : m.end() + clause.start()], m.end())])
                groups.add(name)
            elif not group.startswith("的") and (guest := _after_role(group)) and not rec.in_headline(m.start()):
                # 会见亚洲开发银行行长中尾武彦 with the name unread: the audience named by it, its host and guest
                at = m.end() + group.rfind(guest)
                add(m["verb"] + guest, (m.start(), m.end()), [*subject, _Unread(guest, at, at + len(guest))])
            continue
        if not subject or not guests:
            continue
        # (塞西，以及贝卜拉维…分别会见: a comma before 以及 still lists the hosts)
        hosts = [h for h in subject if not _CLAUSE_MARK.search(_HOSTS_LISTED.sub("、", text[h.start : m.start()]))]
        if m.group(1) and len(guests) == 1 and len(hosts) > 1 and not joint and not rec.in_headline(m.start()):
            # A、B分别会见了C: an audience of each host, named by him (two 会见C are told apart)
            end = guests[0].end + (2 if text.startswith("一行", guests[0].end) else 0)
            for host in hosts:
                add(host.name + m["verb"] + text[guests[0].start : end], (m.start(), m.end()), [host, guests[0]])
            continue
        for guest in guests:
            end = guest.end + (2 if text.startswith("一行", guest.end) else 0)
            # 在会见施密特首相时 after 会见…托宁－施密特: a later part of a hyphened name names the same audience, by the full name
            written = guest.name + text[guest.end : end] if guest.name.endswith(text[guest.start : guest.end]) else text[guest.start : end]
            if m["verb"] in ("看望", "会晤") and guest is guests[0]:
                written = text[m.end() : end]  # a call named as written, with the guest's country and title (看望柬埔寨太后莫尼列)
            if guest is guests[0] and (together or m["verb"] == "集体会见") and (titled := _titled_joint(ctx, m, [guest, *together])):
                # 会见特立尼达和多巴哥议会两院议长 over 会见了…众议长A和参议长B: the audience as the title names it (so is
                # a collective audience, whoever of the group is named: 集体会见东盟国家外长 over 集体会见…各国外长和秘书长X)
                written = titled
            add(m["verb"] + written, (m.start(), m.end()), [*subject, guest, *(together if guest is guests[0] else ())])
    talks = list(_TALK.finditer(text))
    split: set[str] = set()  # the talks of a list told 分别举行, each a name of ours
    talks += [m for m in _TALK_AND.finditer(text) if not any(t.start() < m.start() < t.end() for t in talks)]
    talks += [m for m in _TALK_BARE.finditer(text) if not any(t.start() <= m.start() < t.end() or m.start() <= t.start() < m.end() for t in talks)]
    for m in sorted(talks, key=lambda m: m.start()):
        if rec.in_meta(m.start()):
            continue
        s, e = rec.sentences[rec.sentence_of(m.start())]
        if _DUE.search(text, s, m.start()) or _DUE_CLAUSE_BEFORE.search(text, s, m.start()) or _PLANS.search(text, max(s, m.start() - 120), m.start()) or _earlier(text, s, m.start()) \
                or _of_a_past_year(ctx, _Unread("", m.start(), m.end())) or _talk_wished(text, max(s, m.start() - 40), m.start()) \
                or _DUE_AFTER.search(m["guest"]) or _TALK_PLANNED.search(m["guest"]) or _TALK_DOUBTED.match(text, m.end()) or _PERSUADED.search(text, max(s, m.start() - 60), m.start()) \
                or _NOT_HELD.search(text, max(s, m.start() - 8), m.start()):
            continue  # 我将同阿塔姆巴耶夫总统…举行会晤, X将出席开幕式并致辞，会见…, X同Y将于27日…举行非正式会晤: still to come; 习近平主席不久前同…通电话, 今年6月，X同Y通电话: an earlier call, cited
        spokesman = _SPOKESMAN_TELLS.search(text, s, m.start())
        if spokesman and not spokesman["day"] and not _TALK_WHEN.search(m["guest"]):
            spokesman = None  # 发言人说，X与Y通电话 with no day of the call: a call he may cite
        if _said(ctx, _Unread("", m.start(), m.end())) and not (m["call"] and _OWN_CALL.search(text, s, m.start()) and _TALK_WHEN.search(m["guest"])) \
                and not spokesman:
            continue  # 李克强表示，…习近平主席同安倍首相举行会见 / …同X总统通电话: another audience or a call, cited
        subject = [h for h in rec.persons if s <= h.start < m.start() and h.via != "byline" and principal(h, s, m.start())]
        if spokesman:
            subject = [h for h in subject if h.start >= spokesman.start("told")]  # the principal, not the spokesman
        guest = [h for h in rec.persons if m.start("guest") <= h.start < m.end("guest")]
        if (t := _EARLIER_IN_GUEST.search(text, guest[-1].end if guest else m.start("guest"), m.end("guest"))) \
                and (not t[1] or ctx.reference_date and int(t[1]) < ctx.reference_date.year):
            continue  # 与普京2018年7月通了电话, 与X上周通电话: an earlier call, told after the guest
        told = m["guest"]
        if guest and (topic := _TALK_TOPIC.search(told)) and guest[-1].name in told[: topic.start()]:
            told = told[: topic.start()]  # 同X就…问题通电话: what they talked of, none of the name
        when = _TALK_WHEN.search(told)  # 同马克龙17日通电话, 与特朗普今天在新加坡举行会晤: not the name's
        as_written = told[: when.start()] if when else told
        if guest and (adverb := _TALK_ADVERB.search(as_written)) and as_written[: adverb.start()].endswith(guest[-1].name):
            as_written = as_written[: adverb.start()]  # A和B曾通电话, 与X也通了电话: not the name's
        if m.re is _TALK_BARE and (not subject or not guest or any(
                t.re is not _TALK_BARE and t["talk"] and guest[-1].name in t["guest"] for t in talks)):
            continue  # talks with no verb: only between two named, and not talks told again (同X举行会谈 … 与X会谈)
        if m.re is _TALK_BARE and text[m.end()] in "时前后" and (text[m.end()] == "前" if m.group(2) else not (
                text[m.start() - 1] == "在" and _DAY_THEN_AT.search(text, s, m.start())
                or text[m.end()] == "后" and _DAY_RIGHT_BEFORE.search(text, s, m.start()))):
            continue  # X当天在与Y会谈前|时表示: the talks of the day, told at what he said (not 此前与Y会谈时, no day);
            # A和B会晤前表示: before the talks, none told held (A和B在柏林会谈后，…: held)
        if m.re is _TALK_BARE and (m.group(2) and subject[-1].end != m.start() or _NOT_YET_TALKED.search(
                text[subject[-1].end : m.start()] + text[guest[-1].end : m.end("guest")]) or "主持" in text[guest[-1].end : m.end("guest")]):
            # 韩国和朝鲜…会谈: 和 joins the two named only; X和Y尚未会谈, X与Y将于下周会谈: not held
            continue  # (同X共同主持中俄总理第二十四次定期会晤: a meeting chaired, read by its name)
        if m["call"] and m["call"].startswith("通了") and re.search(r"[和及、]", as_written):
            continue  # 与A和B通了电话: calls with each or all, told as done, not one call of two named
        if subject and guest and m["talk"] == "会议":
            continue  # 王毅同美国国家安全顾问沙利文在维也纳举行会议: no talks named by what they did (only a group's below)
        if m.re is _TALK_AND and (listed := _LISTED_GUESTS.search(text, max(s, m.start() - 60), m.start())):
            # …，与A以及B、C和D举行会晤: 和 ends a list of guests the clause's 与 opens (longer than _TALK reads), named from the 与
            people = [h for h in rec.persons if s <= h.start < m.end() and h.via != "byline"]
            if len(people) > 2:
                add(text[listed.start() : m.end()], (listed.start(), m.end()), people)
            continue
        if m.re is _TALK_AND and guest and m["talk"] in ("会谈", "会晤") and not m["after"] \
                and (first := next((h for h in rec.persons if h.end == m.start() and s < h.start), None)) is not None \
                and text[first.start - 1] in ("同", "与", "和") and text[first.start - 2 : first.start - 1] in ("，", ",") \
                and (hosts := [h for h in subject if h.end < first.start]):
            # …，和A和B举行会谈: talks with both, the first 和 the preposition (not A和B举行会谈), named as written
            add(f"{text[first.start - 1]}{first.name}和{guest[-1].name}{m['verb']}{m['manner']}{m['talk']}", (first.start - 1, m.end()), [*hosts, first, guest[-1]])
            continue
        if subject and guest:
            # 与纳梅、阿明分别举行会谈 (与A、B分别举行会晤): one talk each
            each = m["guest"].endswith("分别") and m["talk"] in ("会谈", "视频会谈", "会晤", "视频会晤")
            # 分别同A、B通电话 (分别与A和B举行会谈): one call or talk with each, each guest's part named as written
            parts = _each_guest(text, m, guest) if text.endswith("分别", 0, m.start()) and not m["after"] else None
            if parts:
                for g, (ps, pe) in zip(guest, parts):
                    tail = f"{m['verb']}{m['manner']}{m['talk']}" if m["talk"] else re.sub(r"通了(电?话)$", r"通\1", m["call"])
                    name = f"{m.group(1)}{text[ps:pe] if not m['talk'] or m['talk'] not in ('会谈', '视频会谈', '会见') else g.name}{tail}"
                    add(name, (m.start(), m.end()), [*subject, g])
                    split.add(name)
                continue
            hosts = [h for h in subject if not _CLAUSE_MARK.search(text, h.start, m.start())]
            if not each and len(hosts) > 1 and len(guest) == 1 and m["talk"] in ("会谈", "视频会谈", "会晤", "视频会晤") \
                    and re.search(r"分别$", text[hosts[-1].end : m.start()]):
                # A、B分别与C举行会谈, X、Y当天分别与到访的Z举行会谈: talks of each host, named by him (as A、B分别会见了C);
                # A和B分别与C举行会谈和会见: respectively, the talks are A's alone
                for host in hosts[:1] if _AND_AUDIENCE.match(text, m.end()) else hosts:
                    name = f"{host.name}{m.group(1)}{guest[0].name}{m['verb']}{m['manner']}{m['talk']}"
                    add(name, (m.start(), m.end()), [host, guest[0]])
                    split.add(name)
                continue
            # 同法国总统A、德国总理B和欧盟委员会主席C举行会晤: each guest of the list attends (not 普京总统|特使X: who sent him;
            # not a call, 同A和B通电话: often one call each; nor talks told 分别, with each)
            listed = []
            jointly = m["talk"] in ("会谈", "视频会谈", "会晤", "视频会晤") and not m["call"] and "分别" not in text[m.start("guest") : m.end()] \
                and not _IN_TURN.search(text, max(0, m.start() - 12), m.start())
            for h in guest[-2::-1] if jointly else ():
                if not _GUESTS_JOINED.match(text, h.end):
                    break
                listed.append(h)
            for g in guest if each else guest[-1:]:
                # named as written: 同X举行会谈, 同德国总理默克尔通电话 (talks with no verb by the guest: 与X会晤, not
                # 与X…在索契会晤; but 和X举行中英总理年度会晤 as written, its name told)
                name = f"{m.group(1)}{g.name}{_title_after(text, g, m)}{m['verb']}{m['manner']}{m['talk']}" if each or m["talk"] in ("会谈", "视频会谈", "会见") \
                    or m.re is _TALK_BARE and "举行" not in text[g.end : m.end("guest")] else \
                    m.group(1) + as_written + text[m.end("after") if m["after"] else m.end("guest") : m.end()]
                if m["talk"] and not each and not m["manner"] and text.startswith(("时", "期间"), m.end()):
                    # 同X举行非正式会晤。…同X举行会晤时指出 (no day told between): the same talks told again, named as first
                    name = next((n for n, (hits, seen) in out.items() if n.endswith(m["talk"]) and _MANNER_ENDS.search(n, 0, len(n) - len(m["talk"]))
                                 and {g.name, subject[-1].name} <= {p.person for p in seen}
                                 and not any(rec.sentences[rec.sentence_of(hits[-1].start)][1] <= d.start < m.start() for d in rec.dates)), name)
                if m.groupdict().get("sides") and not each:
                    add(f"{m['manner']}{m['sides']}{m['talk']}", (m.start(), m.end()), [*subject, *guest])
                    break
                if m["talk"] == "会见" and text.startswith(("时", "期间"), m.end()):
                    # 会见了A国总统X和总理Y。在同X和Y会见时，…: the audience told again, named as first
                    name = _told_with(out, "会见", {*(h.name for h in guest), subject[-1].name}) or name
                if m.re is _TALK_AND and m["call"] and not each and subject[-1].end == m.start():
                    name = subject[-1].name + name  # A和B通电话: a call of the two, named by both (not 和B通电话)
                name = re.sub(r"通了(电?话)$", r"通\1", name)  # 与X通了电话: the call 与X通电话
                if m["call"] and not each and text.startswith(("时", "期间"), m.end()):
                    # A和B12日通电话。…A在与B通电话时表示 (no day told between): the same call told again, named as first
                    name = next((n for n, (hits, seen) in out.items() if _CALL_NAME.search(n)
                                 and {g.name, subject[-1].name} <= {p.person for p in seen}
                                 and not any(rec.sentences[rec.sentence_of(hits[-1].start)][1] <= d.start < m.start() for d in rec.dates)), name)
                add(name, (m.start(), m.start("guest") + when.start()) if when else (m.start(), m.end()), [*subject, *([] if each else listed[::-1]), g])
                if each:
                    split.add(name)
        elif subject and m["talk"] in ("会谈", "视频会谈", "会晤") and not m["guest"].endswith("分别") and (g := _headline_guest(ctx, m.start("guest"), m.end("guest"))):
            # 李克强同哈西娜举行会谈 under 李克强同孟加拉国总理举行会谈: a bare name unread, the headline's guest (posts.headline_guests)
            add(f"{m.group(1)}{g.name}{m['verb']}{m['manner']}{m['talk']}", (m.start(), m.end()), [*subject, g])
        elif subject and m["talk"] in ("会谈", "视频会谈") and not m["guest"].endswith("分别") and (g := _after_role(re.sub(r"^以视频方式", "", as_written))):
            # 以视频方式同乌兹别克斯坦最高会议参议院主席纳尔巴耶娃举行会谈, the guest's name unread
            at = text.rfind(g, m.start("guest"), m.end("guest"))
            add(f"{m.group(1)}{g}{m['verb']}{m['talk']}", (m.start(), m.end()), [*subject, *([_Unread(g, at, at + len(g))] if at >= 0 else [])])
        elif subject and (m["talk"] in ("会谈", "会议") and _TALKED_GROUP.search(_VENUE_AFTER.sub("", as_written)) or m["talk"] == "视频会议") and not m["guest"].endswith("分别") \
                and not _NOT_SAT.search(as_written) and not as_written.startswith("与会") and not text.startswith("会见", m.end()) \
                and not _WILL.search(text[s : m.start()]) and not any(h.start <= m.start() < h.end for h in rec.meetings):
            # 特使X抵达荷台达，与当地胡塞武装代表进行会谈: talks with a group, none of them named; its host attends
            # (not talks inside a meeting read already: 布林肯…与以色列官员举行会议 of 美国国务卿布林肯会议)
            # (so does who holds a video meeting with others: 同上合组织成员国外长举行视频会议)
            add(f"{m.group(1)}{as_written}{m['verb']}{m['talk']}", (m.start(), m.end()), subject[-1:])
    def titling(at: int) -> bool:  # the story's headline, or a line with no sentence (a flash item's title)
        return rec.in_headline(at) or bool(_BARE_LINE.fullmatch(text, *_line(text, at)))

    for name in [n for n, (hits, _) in out.items() if _CALL_NAME.search(n) and all(titling(h.start) for h in hits)]:
        # 习近平同普京通电话 over 国家主席习近平…同俄罗斯总统普京通了电话: the title line names the call below, one
        who, first = {p.person for p in out[name][1]}, out[name][0][0].start
        if body := next((n for n, (hits, seen) in out.items() if n != name and _CALL_NAME.search(n) and who == {p.person for p in seen}
                         and not any(titling(h.start) for h in hits) and hits[0].start > first), None):
            _fold_into(out, name, body)
    for m in _TALKS_WHEN.finditer(text):
        k = rec.sentence_of(m.start())
        s, e = rec.sentences[k]
        opening = _OPENS_SENTENCE.fullmatch(text, s, m.start())
        if rec.in_meta(m.start()) or not opening or _said(ctx, _Unread("", m.start(), m.end())):
            continue  # (王毅说，去年与X会谈时: not opening the sentence, or in someone's words)
        if not opening["day"] and k and _recalls(ctx, *rec.sentences[k - 1]):
            continue  # 2015年9月，X对美国进行国事访问。在同奥巴马会谈时，…: talks of the time the sentence before recalls
        # 同卡拉会谈时，王岐山表示: the host is the subject of the main clause after it
        host = next((h for h in rec.persons if m.end() <= h.start < e and h.via != "byline"), None)
        if host is None or host.start - m.end() > 12 or _CLAUSE_END.search(text, m.end(), host.start) \
                or not _HOST_SAYS.match(text, host.end) or "发言人" in text[m.end() : host.start]:
            continue  # (…时，泽连斯基的立场没有改变, …时，X将阐明…, …时，外交部发言人X表示: no host who speaks in them)
        guests = [h for h in rec.persons if m.start("guest") <= h.start < m.end("guest") and h.via != "byline"]
        written = m["guest"].removesuffix("分别")
        if not guests and _unread_guest(ctx, m.start("guest"), m.start("guest") + len(written)):
            name = _after_role(written) or _without_role(written)  # a name the recognisers did not read (洛赫拉议长 → 洛赫拉)
            at = m.start("guest") + written.rfind(name)
            guests = [_Unread(name, at, at + len(name))]
        for g in guests:
            if not any(g.name == p.person for _, seen in out.values() for p in seen):  # told already: 分别会见A、B。…同B会谈时
                add(f"{m[1]}{g.name}{m['talk']}", (m.start(), m.end()), [host, g])
    for m in _BOTH_SIDES.finditer(text):
        s, e = rec.sentences[rec.sentence_of(m.start())]
        if rec.in_meta(m.start()) or rec.in_headline(m.start()) or _DUE.search(text, s, m.start()) or _earlier(text, s, m.start()) \
                or _of_another_month(ctx, m.start()) or any(h.start >= s and h.end <= e for hits, _ in out.values() for h in hits):
            continue  # 前不久两国元首举行会晤, 今年4月两国元首…举行会晤 (in June): cited; talks whose principals the sentence names are read above
        # 欢迎仪式后，两国总理举行会谈。李克强表示…欧尔班表示: the two who speak after it are its principals
        speaking = [h for h in rec.persons if h.start >= e and h.via != "byline" and _SPEAKS.match(text, h.end)]
        sides = _first_two(speaking)
        add(re.sub("了", "", m["who"] + m["talk"]), m.span(), sides)
    sittings: set[str] = set()
    for m in _SAT_WITH.finditer(text):
        s, e = rec.sentences[rec.sentence_of(m.start())]
        if rec.in_meta(m.start()) or rec.in_headline(m.start()) or _DUE.search(text, s, m.start()) or _NOT_SAT_WITH.search(m["guest"]) \
                or _MET_BEFORE.search(text, s, m.start()) or bool(title and "座谈会" in title) or _of_another_month(ctx, m.start()) \
                or _SAT_UNHELD.search(text, s, m.start()) or _earlier(text, s, m.start()) or _AT_PLACES.search(text, s, m.start()) \
                or _MANY_SINCE.search(text, max(s, m.start() - 60), m.start()) \
                or _OCCASION_OF_SPEECH.match(text, m.end()) and _SPEECH_PUBLISHED.search(text, s, m.start()) \
                or any(h.name.endswith("座谈会") and not _AFTER_IT.match(text, h.end)
                       and (rec.in_headline(h.start) or abs(rec.sentence_of(h.start) - rec.sentence_of(m.start())) <= _SAT_NEAR)
                       and not _sat_with_others(rec, h, m) for h in rec.meetings) or _told_back(ctx, m.end()):
            continue  # 会见…代表团并同他们座谈: the audience itself; 召开座谈会，同…座谈, 座谈会上，…: that 座谈会; 将同…座谈: to come;
            # 发表X在与…座谈时的讲话: a speech published, the sitting its occasion
        subject = [h for h in rec.persons if s <= h.start < m.start() and h.via != "byline" and principal(h, s, m.start())]
        if subject:  # 习近平在徐海成家同村干部和村民代表进行了座谈: a sitting with them, its host attends
            guests = [h for h in rec.persons if m.start("guest") <= h.start < m.end("guest")]
            # told again (与教师座谈 … 同教师代表座谈): one sitting
            guest = _SAT_TOPIC.sub("", m["guest"])  # (…美方代表就中美关系等问题座谈: the sitting is named by whom, not by its topic)
            name = next((n for n in sorted(sittings) if n[1:-2] in guest or guest in n[1:-2]), f"{m[1]}{guest}座谈")
            # X同Y一起与…座谈: two hosts sit with them (the last subject and the one he is joined with)
            hosts = subject[-2:] if len(subject) > 1 and _CO_HOSTS.fullmatch(text, subject[-2].end, m.start()) else subject[-1:]
            add(name, (m.start(), m.end()), [*hosts, *guests])
            sittings.add(name)
    for m in _CREDENTIALS.finditer(text):
        s, e = rec.sentences[rec.sentence_of(m.start())]
        if rec.in_meta(m.start()) or rec.in_headline(m.start()) or _DUE.search(text, s, m.start()) \
                or _PLANS.search(text, max(s, m.start() - 120), m.start()) or _earlier(text, s, m.start()):
            continue
        subject = [h for h in rec.persons if s <= h.start < m.start() and h.via != "byline" and principal(h, s, m.start())]
        if not subject:
            continue
        # the envoys named in the list that follows (他们是：…, 这7位新任驻华大使是：…)
        k = rec.sentence_of(m.start())
        envoys = [h for h in rec.persons if m.start("group") <= h.start < m.end("group") and h.via != "byline"]
        if envoys and (title := _ENVOY_TITLE.search(m["group"])):  # named in the list: the ceremony is named by their title
            add("接受" + title.group() + "递交" + (m["of"] or "") + "国书", m.span(), [*subject[-1:], *envoys])
            continue
        envoys = []
        for a, b in rec.sentences[k : k + _ENVOYS_WINDOW]:
            if (listed := _ENVOYS_LISTED.search(text, max(a, m.end()), b)):
                envoys = [h for h in rec.persons if listed.end() <= h.start < b and h.via != "byline"]
                break
        add("接受" + m["group"] + "递交国书", m.span(), [*subject[-1:], *envoys])
    summoned: set[str] = set()  # (a summons, as a sitting, makes no other meeting of the story one cited in it)
    for m in _SUMMONS.finditer(text):
        s, e = rec.sentences[rec.sentence_of(m.start())]
        clause = max(text.rfind(c, s, m.start()) for c in "，,；;：:") + 1
        if rec.in_meta(m.start()) or rec.in_headline(m.start()) or _BARE_LINE.fullmatch(text, *_line(text, m.start())) or text.startswith((" ", "\u3000"), m.end()) \
                or m["guest"].startswith(("对方", "其")) or _WILL.search(text, max(s, clause), m.start()) or _SUMMONS_DUE.search(text, s, m.start()) \
                or _PLANS.search(text, max(s, m.start() - 120), m.start()) or _earlier(text, s, m.start()) \
                or _of_a_past_year(ctx, _Unread("", m.start(), m.end())) or _NOT_HELD.search(text, max(s, clause), m.start()) \
                or _talk_wished(text, max(s, clause, m.start() - 12), m.start()) or _summons_past(ctx, s, m.start()) \
                or _TALK_DOUBTED.match(text, m.end()) or text.endswith("在", 0, m.start()) and _SUMMONS_BEFORE.match(text, m.end()) \
                or any(not _REPORTS.search(text, max(0, w.start() - 2), w.start()) for w in _SAYS.finditer(text, s, m.start())):
            continue  # 将召见…: still to come; a summons in words said in its sentence, or a line with no sentence (a brief's own title)
        # the summoner named in its own clause (外交部副部长X当天召见了…; not 发言人X说，…外交部召见了…)
        subject = [h for h in rec.persons if max(s, clause) <= h.start < m.start() and h.via != "byline" and principal(h, s, m.start())]
        guest = next((h for h in rec.persons if h.start == m.end("guest") and h.via != "byline"), None)
        if guest and not _AFTER_ENVOY.match(text, guest.end):
            guest = None  # 代理公使佐佐山拓|也和…, 负责人柯有|为: a name read short, none taken
        if guest and (short := next((h for h in rec.persons if len(h.name) < len(guest.name) and guest.name.startswith(h.name)), None)):
            guest = _Unread(short.name, guest.start, guest.start + len(short.name))  # 木寺昌人之后 read once as a name: the story's 木寺昌人
        if not subject and not guest:
            continue  # 外交部召见了X驻Y大使, no one named: the golds read it both ways (dev23, wide33), none taken
        end = guest.end if guest else m.end("guest")
        name = m["verb"] + text[m.start("guest") : end]
        # the same envoy summoned, told again shorter or longer (召见法国驻英大使 … 召见法国驻英国大使凯瑟琳·科隆纳): one summons
        name = next((n for n in out if _SUMMONS_NAME.match(n) and _envoy(n) == _envoy(name) and (len(n) > len(name) or not guest)), name)
        add(name, (m.start(), end), [*subject[-1:], *([guest] if guest else [])])
        summoned.add(name)
        if name in out and any(n != name and _SUMMONS_NAME.match(n) and _envoy(n) == _envoy(name) for n in out):
            for n in [n for n in out if n != name and _SUMMONS_NAME.match(n) and _envoy(n) == _envoy(name)]:
                _fold_into(out, n, name, people=True)
    for name, span, speaking in after_talks:  # 会谈后，两国元首共同会见出席…的双方代表: the principals of the talks just told
        if talks := [n for n, (hits, _) in out.items() if "会谈" in n and hits[0].start < span[0]]:
            add(name, span, [_Unread(p.person, p.mention.start, p.mention.end) for p in out[talks[-1]][1][:2]])  # (not 参加会谈)
        elif speaking := [h for h in speaking if "发言人" not in text[max(0, h.start - 8) : h.start]]:
            add(name, span, speaking)  # no talks told before it (the story opens on 会谈后，…): who speaks after it held it
            # (not a spokesman who speaks of it: 外交部发言人X表示，此访…)
    for m in _PRESS_AFTER_TALKS.finditer(text):
        # 两国领导人在会后的记者会上…, 在会晤后举行的联合发布会上，X表示: the principals of the talks just told hold it
        k = rec.sentence_of(m.start())
        talks = [n for n, (hits, _) in out.items() if re.search("会谈|会晤", n) and k - 3 <= rec.sentence_of(hits[0].start) <= k
                 and hits[0].start < m.start()]
        told_end = max((h.end for h in out[talks[-1]][0] if h.start < m.start()), default=m.start()) if talks else m.start()
        if (m["who"] or m["joint"]) and talks and not rec.in_meta(m.start()) and not rec.in_headline(m.start()) \
                and not _ANOTHER_SITTING.search(text, told_end, m.start()):  # (…会谈。随后，A出席…外长会议。三国外长在会后…: that one's)
            add(m["name"], m.span("name"), [_Unread(p.person, p.mention.start, p.mention.end) for p in out[talks[-1]][1][:2]])
    for m in _SIGNED_AFTER_TALKS.finditer(text):
        s, e = rec.sentences[rec.sentence_of(m.start())]
        # (the talks or audience told last before it: 在会见A时…在会见B时…会见后，两国总理共同出席: B's; not the press
        # met jointly, 两国总理共同会见了记者)
        talks = sorted((max(h.start for h in hits if h.start < m.start()), name) for name, (hits, _) in out.items()
                       if m["after"] in name and hits[0].start < m.start() and not name.endswith("记者"))
        if rec.in_meta(m.start()) or rec.in_headline(m.start()) or not talks or _WILL.search(m["who"]):
            continue  # (X和Y还将共同出席…: still to come)
        # 会谈后，两国领导人(双方)共同出席了…签字仪式: the talks' principals; 会谈后，X和Y共同出席了…: those named
        named = [h for h in rec.persons if m.start("who") <= h.start < m.end("who") and h.via != "byline"]
        if named or _BOTH_HEADS.fullmatch(m["who"]) or m["who"] == "双方":
            add(m["name"], m.span("name"), named or [_Unread(p.person, p.mention.start, p.mention.end) for p in out[talks[-1][1]][1]])
    return _merge_split_talks(out, split), groups, sittings | {n for n in summoned if n in out}


# a 座谈会 convened where it is told (召开座谈会, 主持召开了座谈会): one of its own, not the sitting pointed back to
_CONVENED = re.compile(_CONVENES + "$")


# the head of a group received, who speaks later in the story: of a delegation (日方代表团团长X说, 代表团团长X表示), or of
# a body, for its members (顾问委员会主席、前财长X等表示, 访京团团长X先生等表示)
_HEAD_SAYS = re.compile(r"\s*(?P<of>[\u4e00-\u9fff]{0,16}?)(?P<title>团长|主席|会长|理事长|主任)(?:、[^，,。；;、]{1,16}?)?"
                        r"(?P<name>[\u4e00-\u9fff·]{2,12}?)(?:先生|女士)?(?:(?P<etc>等)(?:表示|说|认为)|" + _SAYS.pattern + ")")
_BODY = re.compile(r"(?:委员会|理事会|协会|访华团|访京团|代表团)$")  # a body whose head speaks for its members
_HEAD_WINDOW = 8  # sentences after the audience in which its group's head is looked for


def _group_head(ctx: Context, group: str, at: int) -> list:
    """The head of the delegation or body ``group`` received at ``at``, when a later sentence opens on his words
    and names him by the group (…日方代表团团长X说, 顾问委员会主席X等表示) or as it names him (以X为团长的…代表团。X表示): an attendee."""
    rec, text = ctx.rec, ctx.text
    group = group.removesuffix("一行")
    k, named = rec.sentence_of(at), re.match(r"以(?P<name>[\u4e00-\u9fff·]{2,10})为(?:团长|首)的", group)
    for a, b in rec.sentences[k + 1 : k + 1 + _HEAD_WINDOW]:
        a += len(text[a:b]) - len(text[a:b].lstrip())
        if named and _ONE_NAME.fullmatch(n := named["name"]) and text.startswith(n, a) and _SAYS.match(text, a + len(n)):
            return [_Unread(n, a, a + len(n))]
        if (m := _HEAD_SAYS.match(text, a, b)) and _heads(m, group):
            read = [h for h in rec.persons if m.end("title") <= h.start and h.end <= m.end("name") and h.via != "byline"][-1:]
            unread = [_Unread(m["name"], *m.span("name"))] if _after_role(text[a : m.end("name")]) == m["name"] else []
            return read or unread
    return []


def _heads(m: re.Match, group: str) -> bool:
    """Whether the head ``m`` titles is the group's: a delegation's 团长 (bare or by the delegation), or the
    head of a body named in the group, speaking for its members (等)."""
    if group.endswith("代表团"):
        return m["title"] == "团长" and (m["of"] == "" or m["of"].endswith("代表团") and m["of"] in group)
    return bool(m["etc"] and _BODY.search(m["of"]) and m["of"] in group)


def _held_with(text: str, joint: re.Match, ce: int, persons: list) -> list:
    """Those a press conference is held with (在与X、Y举行的联合记者会上): the last person of each listed item, not
    one whose it is (Y的特使X); after another meeting (在与X会谈后举行的…), only when it is joint (联合, 共同)."""
    a, b = joint.span("with")
    if _AFTER_EVENT.search(joint["with"]) and not re.search("联合|共同", text[b:ce]):
        return []
    read = [h for h in persons if a <= h.start and h.end <= b]
    return [h for h, n in zip(read, [*read[1:], None]) if not _WHOSE.match(text, h.end) and (n is None or _LISTED.search(text, h.end, n.start))]


def _titled_tail(title: str, verb: str, group: str) -> str | None:
    """The group of an audience as the title names it when the body adds who they are before a 的
    (会见参加第十六届…活动的中越青年代表, titled …会见中越青年代表): the words after the body's last 的."""
    k = group.rfind("的")
    tail = group[k + 1 :]
    if k < 2 or len(tail) < 4:
        return None
    if _GROUP.search(tail) and re.search(re.escape(verb) + "了?" + re.escape(tail) + r"(?:[\s，,；;：:]|$)", title):
        return tail
    # 集体会见来华出席第四次…会晤的中东欧16国领导人, titled 集体会见出席第四次…会晤的中东欧国家领导人: the same
    # gathering before the 的 and the same kind of guests after it, as the title writes it
    told = re.search(re.escape(verb) + r"了?([^，,。；;：:\s的]{0,6}(?:出席|参加)[^，,。；;：:\s]{4,60}?的([^，,。；;：:\s的]{4,20}))(?:[\s，,；;：:]|$)", title)
    if told and told[1][: told.start(2) - told.start(1) - 1] in group[:k] and told[2][-2:] == tail[-2:]:
        return told[1]
    return None


def _sat_with_others(rec, h, m: re.Match) -> bool:
    """Whether a sitting (与在藏委员座谈) told in a later sentence than 座谈会 ``h``, named by other guests (援藏干部座谈会),
    is one of its own, not that 座谈会 told again."""
    guests = h.name[: -len("座谈会")]
    return rec.sentence_of(h.start) < rec.sentence_of(m.start()) and len(guests) >= 2 \
        and guests not in m["guest"] and m["guest"] not in guests and not _SAT_TOPIC.search(m["guest"])


def _told_back(ctx: Context, at: int) -> bool:
    """Whether the story, after a sitting (同…代表座谈), goes on to a held 座谈会 named bare and not convened
    there (…出席座谈会, 座谈会前，…), with no named 座谈会 anywhere: that sitting, told again far below it."""
    sittings = [h for h in ctx.rec.meetings if h.name.endswith("座谈会") and not ctx.rec.in_meta(h.start)]
    return bool(sittings) and all(_DEIXIS.sub("", h.name) == "座谈会" for h in sittings) and any(
        h.start > at and h.reported and not _CONVENED.search(ctx.text, max(0, h.start - 5), h.start) for h in sittings)


_TURN_SEP = re.compile(r"[、和及]")
_TAIL = 8  # the words two groups received end on that make them one (主要新闻媒体负责同志和工作人员), past a bare 代表


def _same_tail(a: str, b: str) -> bool:
    """Whether two groups received end on the same words, at least ``_TAIL`` characters of them."""
    return len(a) >= _TAIL and len(b) >= _TAIL and a[-_TAIL:] == b[-_TAIL:]


def _met_in_turn(text: str, start: int, end: int, guests: list) -> tuple[list[str], list[_Unread]] | None:
    """The groups and the names unread among those met in turn (分别会见A和B, text[start:end] the list), when
    one is a group (议会各方人士) and each other holds a guest read (or his title) or ends on a role and a name; else None."""
    groups, unread, at = [], [], start
    for part in _TURN_SEP.split(text[start:end]):
        a, b = at, at + len(part)
        at = b + 1
        if any(a <= g.start < b or any(a <= t.start < b for t in g.titles) for g in guests):
            continue  # a guest's, or the first of his titles (…中央政治局委员、国会主席巴妮)
        if 4 <= len(part) <= 40 and _GROUP.search(part) and not part.startswith("的"):
            groups.append(part)
        elif (name := _after_role(part)):
            unread.append(_Unread(name, b - len(name), b))
        else:
            return None
    return (groups, unread) if groups else None


def _merge_split_talks(out: dict, split: set[str]) -> dict:
    """A talk split out of a list (与A、B分别举行会晤) that the story tells again as an audience of the same two
    (B在会见X时表示): one meeting, named as the audience is (its own name, not one of ours); never
    merged into another split talk or a joint press conference of the same two."""
    for name in sorted(split):
        hits, people = out[name]
        two = {p.person for p in people}
        other = next((o for o, (_, ps) in out.items() if o != name and o not in split and o.startswith(("会见", "接见"))
                      and len(two) == 2 and {p.person for p in ps} == two), None)
        if other is not None:
            _fold_into(out, name, other)
    return out


def _fold_into(out: dict, name: str, into: str, people: bool = False) -> None:
    """Tell meeting ``name`` of ``out`` as ``into`` (the same event named twice): its mentions join the other's, and
    with ``people`` so do those of its people the other lacks."""
    hits, seen = out.pop(name)
    known = {p.person for p in out[into][1]}
    out[into] = (sorted(out[into][0] + hits, key=lambda h: h.start),
                 out[into][1] + (tuple(p for p in seen if p.person not in known) if people else ()))


# a head of state receiving the credentials of new envoys (习近平在人民大会堂接受7国新任驻华大使递交国书): a ceremony he
# and the envoys listed after it attend (他们是：…; 这7位新任驻华大使是：…), or named in it (接受A国新任驻华大使X、B国新任驻华大使Y递交的国书)
_CREDENTIALS = re.compile(r"接受(?P<group>[^，,。；;：:“”、]{2,30}?(?:、[^，,。；;：:“”、]{2,30}?){0,20})递交(?P<of>的)?国书")
_ENVOY_TITLE = re.compile(r"(?:新任)?驻[\u4e00-\u9fff]{1,4}?大使")  # what the envoys named in the list are (新任驻华大使)
_ENVOYS_LISTED = re.compile(r"(?:他们|这[^，,。；;：:]{0,12}?(?:大使|使节))(?:分别)?是[：:]")
_ENVOYS_WINDOW = 6  # sentences from the ceremony's own in which the list of envoys is looked for

# a signing the principals attend or witness after their talks (会谈(结束)后，两国元首共同出席了…合作文件签字仪式; not 会后,
# after other meetings, nor one held as its clause's subject: kg.nlp reads that one)
# (or after an audience or a summit: 会见后，两国总理共同出席了…, 会晤后…; a signing told as an exchange of texts: …文本交换仪式)
_SIGNED_AFTER_TALKS = re.compile(_AFTER_MEETING + r"(?P<who>[^，,。；;]{2,30}?)(?:还)?共同(?:[^。；;，,]{0,60}?并)?(?:出席|见证)了?"
                                 r"(?P<name>[^。；;，,]{2,60}?(?:签(?:字|约)|文本交换)仪式)(?=[。；;，,])")
_BOTH_HEADS = re.compile(r"两国(?:元首|领导人|总理|总统|首相)")
# a press conference held after the talks just told, by both sides or jointly (两国领导人在会后的记者会上,
# 在会晤后举行的联合新闻发布会上; not one only of who speaks at it: X在会谈后的记者会上表示)
_PRESS_AFTER_TALKS = re.compile(r"(?P<who>" + _BOTH_HEADS.pattern + r"|双方)?在(?:会后|会谈后|会晤后)(?:举行)?的"
                                r"(?P<name>(?P<joint>联合|共同)?(?:新闻)?(?:记者会|发布会|新闻发布会))上")
# (not the talks' own rites and press: 出席签字仪式, 共同会见记者)
_ANOTHER_SITTING = re.compile(r"会议|峰会|论坛|会见(?!了?(?:中外)?记者)|接见|大会|宴会")
_BOTH_HEADS_JOINTLY = re.compile(_BOTH_HEADS.pattern + "(?:还|也)?共同$")  # (随后，两国总理共同|会见了记者)
_AFTER_TALKS = re.compile(r"会谈后[，,]" + _BOTH_HEADS_JOINTLY.pattern)


def _first_two(speaking: list) -> list:
    """The first two different persons of ``speaking``: the two sides of talks or speeches told
    with no names (两国总理举行会谈, 两国元首分别致辞)."""
    return [h for k, h in enumerate(speaking) if h.name not in {o.name for o in speaking[:k]}][:2]


# both heads of state speak, unnamed (两国元首分别致辞。习近平指出，…): the first two who speak after it
_HEADS_SPEAK = re.compile(r"两国元首分别(?:致辞|(?:发表)?讲话)")
_SAYS_IN = re.compile(r"表示|指出|说|强调|认为|代表")
_HEADS_WINDOW = 10  # sentences after 两国元首分别致辞 in which their words are looked for


def _heads_speak(ctx: Context) -> list[tuple[int, Participation]]:
    """Speakers of 两国元首分别致辞: the first two persons who open a sentence of words that follows
    (习近平指出, 科雷亚热烈欢迎…，表示), before 致辞后."""
    rec, text = ctx.rec, ctx.text
    out: list[tuple[int, Participation]] = []
    for m in _HEADS_SPEAK.finditer(text):
        if rec.in_meta(m.start()) or rec.in_headline(m.start()):
            continue
        k = rec.sentence_of(m.start())
        after = rec.sentences[k + 1 : k + 1 + _HEADS_WINDOW]
        stop = next((a for a, _ in after if re.match(r"\s*(?:致辞|讲话)后", text[a:])), None)
        after = [(a, b) for a, b in after if stop is None or a < stop]
        # the subject who opens a sentence that tells words: 习近平指出, 科雷亚热烈欢迎…，表示
        speaking = [h for a, b in after for h in rec.persons if h.via != "byline" and h.start == a + len(text[a:b]) - len(text[a:b].lstrip())
                    and _SAYS_IN.search(text, h.end, b)]
        sides = _first_two(speaking)
        cue = ctx.mention(m.start(), m.end(), "CUE", "meetings")
        out += [(m.start(), Participation(h.name, "speaker", ctx.mention(h.start, h.end, "PERSON", "meetings"), cue, 0.9)) for h in sides]
    return out


# talks that time the sentence they open, its host the main clause's subject (同卡拉会谈时，王岐山表示;
# 在与A、B分别会谈时，X说)
_TALKS_WHEN = re.compile(r"(同|与)(?P<guest>[^，,。；;同与]{2,30}?)(?:举行|进行)?(?P<talk>会谈|会晤)(?:时|期间)[，,]")
# what may stand before them in their sentence: a day (21日，在同X会谈时，), nothing else (此前同X会谈时: an earlier one)
_OPENS_SENTENCE = re.compile(r"[\s\u3000]*(?P<day>(?:\d{1,2}[日号]|[今昨]天|当天|当日)(?:上午|下午|晚上|晚间)?[，,]?)?在?")
# (of an audience: also right after the publisher's header, 央视网消息（新闻联播）：会见X时，…)
_OPENS_AUDIENCE = re.compile(r"(?:[\u4e00-\u9fff]{2,10}?消息[（(][\u4e00-\u9fff]{2,10}[）)][：:])?" + _OPENS_SENTENCE.pattern)
# a sentence that recalls a time past (2015年9月，…; 回顾历史, 去年, 当年, 那次, 曾经在…): group 1 a year, checked against the story's
_RECALLS = re.compile(r"((?:19|20)\d\d)年|去年|前年|当年|那年|那次|当时|此前|前不久|不久前|上个?月|回顾|回忆|曾经?(?=[在于与同对率出参访会到])")


def _recalls(ctx: Context, start: int, end: int) -> bool:
    """Whether ctx.text[start:end] recalls a time past: a year before the story's, or 去年, 当年, 曾 …
    (the talks that time the next sentence are then of that time)."""
    return any(not r[1] or (ctx.reference_date and int(r[1]) < ctx.reference_date.year) for r in _RECALLS.finditer(ctx.text, start, end))
# talks told of both sides with no name (欢迎仪式后，两国总理举行会谈), and a principal's words after them
# (the way there may come between: 两国领导人步行前往…驻地举行会谈, 两国元首在…厅举行会晤; the name leaves it out)
# (在 a place, never a topic: 两国领导人在索契就叙利亚局势举行会晤 is read with its principals; nor talks recalled, 以来 after them)
_BOTH_SIDES = re.compile(r"(?P<who>两国(?:元首|总理|总统|首相|外长|领导人))(?P<way>(?:步行|乘车|一同)?前往[\u4e00-\u9fff]{1,12}?|在(?:(?!就)[\u4e00-\u9fff]){1,12}?)?"
                         r"(?P<talk>(?:举行|进行)了?(?:会谈|会晤))(?![^。；;，,]{0,30}?以来)")
_SPEAKS = re.compile(r"(?:主席|总理|总统|首相|国王|外长)?(?:表示|指出|说|强调|认为|欢迎|感谢)")
# the host's verb right after his name in the talks he times (同X会谈时，王岐山表示 / 转达了… / 就…提出): he speaks in them
_HOST_SAYS = re.compile(r"(?:再次|也|还|则|首先|进一步)?(?:" + _SPEAKS.pattern + r"|介绍|转达|阐述|希望|就)")
_TALKED_GROUP = re.compile(r"(?:代表|代表团|官员|领导人|负责人|人员|军人|方面)$")
_VENUE_AFTER = re.compile(r"在[^，,。；;在]{1,12}?$")  # 与安全部队官员|在巴格达|举行会议: where, after the group
_NOT_SAT = re.compile(r"^(?:他们|她们|大家|其|他|她)|会见|座谈|通过|[次轮]")
# what a sitting is about, told after its guests (…的美方代表就中美关系、两国经贸合作等问题座谈; not 就业困难人员)
_SAT_TOPIC = re.compile(r"(?<=[\u4e00-\u9fff])(?:就|围绕|针对)(?!业)[^，,。；;]{2,30}?(?:问题|话题|议题|情况|工作|事宜)(?:进行了?|举行了?|深入)?$")
# of a sitting's guests likewise, but an ordinal of their own is no count of sittings (与第十三次…奖获奖者座谈)
# talks at several places one goes to (会后，X还到高校、社区与干部群众座谈交流): informal talks at each, no one sitting
# (not 前往中关村、亦庄调研并与企业家座谈: a clause of its own between, the sitting one)
_AT_PLACES = re.compile(r"(?:到|走进|深入|来到|前往)[^，,。；;与同、]{1,12}、[^，,。；;与同并]{1,12}$")
_NOT_SAT_WITH = re.compile(r"^(?:他们|她们|大家|其|他|她)|会见|座谈|通过|(?<!第[一二三四五六七八九十百\d])(?<!第[一二三四五六七八九十百\d]{2})(?<!第[一二三四五六七八九十百\d]{3})[次轮]")
# (a call also as 进行电话交谈; talks also as 进行了会面; how they were held kept: 举行了私下闭门会谈; not 与X的两次通话,
# calls counted as a noun, of a past the story cites)
_MANNER = r"(?:私下|闭门|秘密|非正式|正式|短暂|小范围|大范围)"
_MANNER_ENDS = re.compile(_MANNER + "$")  # a talk's name told how it was held: 同X举行非正式|会晤
# talks told by how many sides hold them (与A和B举行了三方会谈): named so, all the guests at them
_SIDES = r"(?:[三四五六]方|多边)"  # (not 双边: one guest, named by him)
_TALK_TAIL = r"(?:(?P<verb>举行|进行)了?(?:“[^”]{1,20}”的)?(?P<manner>" + _MANNER + r"{0,2})(?P<sides>" + _SIDES + r")?(?P<talk>会谈|视频会谈|视频会晤|视频会议|会议|会晤|会面|磋商|会见(?![和及、]?会谈))(?(sides)(?!的))|(?P<call>通了?电话|(?<![一二两三四五六七八九十几数多]次)通了?话|视频通话|(?:进行|举行)了?电话(?:交谈|会谈)))"
# When and where a talk or call took place, told between the guest and the verb.
_TALK_WHEN = re.compile(r"(?:[在于]?\d{1,2}[日号]|[今昨前]天|今日|当天|当地时间)(?:上午|下午|晚上|晚间|晚)?(?:[在于][^，,。；;]{1,12}?)?$")
# a talk or call planned for a day (与Y将在15号通电话, 计划于明天会晤): not held
_TALK_PLANNED = re.compile(r"(?<![代日即])(?:将|计划|拟|准备|打算)[在于]?(?:\d{1,2}[日号]|[今明]天|今日|当天)")
_EARLIER = re.compile(r"(?:不久前|前不久|此前|上个?月|上周|上星期|去年|" + AGO + r")[^，,。；;]{0,6}$")  # an audience or call before the story's, cited
_CALL_NAME = re.compile(r"通电?话$")  # a call, as named
# a guest's title written after his name (同鲁贡达总理举行会谈): kept in the talks' name, as written
_TITLE_AFTER = re.compile(r"副?(?:" + grammar.LEADER_TITLES + r"|议长|参议长|众议长|外长)")


def _title_after(text: str, g, m: re.Match) -> str:
    """The title between the guest's name and the talks' verb (同X总理举行会谈 -> 总理), else ''."""
    rest = text[g.end : m.end("guest")]
    return rest if _TITLE_AFTER.fullmatch(rest) else ""


_OWN_CALL = re.compile(r"(?:说|表示)[，,][他她]$")  # X说，他与Y在16号通了电话: the sayer's own call of a day, told in his words
_DAY_OF = r"(?:\d{1,2}[日号]|[今昨]天|当天|当日)(?:[上下]午|晚上)?"  # a day told, and its part
_DAY_THEN_AT = re.compile(_DAY_OF + r"[，,]?[^，,。；;]{0,40}?在$")  # 当天在|与Y会谈时
# a spokesman telling his principal's talks or call of a day (秘书长发言人X说，秘书长Y当天分别与A和B通电话): news, not cited
# (or an office that speaks for him on a day: 白宫19日表示，X与Y15日通了电话, 新闻处5号说，X与Y当天通电话; the day of the talk
# told before the verb or after the guest)
_SPOKESMAN_TELLS = re.compile(r"(?:发言人[^，,。；;]{0,12}?|(?:白宫|克里姆林宫|总统府|总理府|首相府|总统办公室|新闻处|新闻局|外交部)(?:\d{1,2}[日号]|当天|当日)"
                              r"(?:发表声明|发布消息|发表公报)?)(?:说|表示|称)[，,](?P<told>)[^，,。；;]{2,30}?(?P<day>(?:当天|当日|\d{1,2}[日号])(?:[上下]午|晚上)?(?:分别)?)?$")
_DAY_RIGHT_BEFORE = re.compile(_DAY_OF + "$")  # X3号|与Y会面后表示: the talks of that day, held
_TALK_ADVERB = re.compile(r"(?:曾经?|也|还|又|已经?|再次|再度|随后|此前)$")  # told after the guest, before the verb
_TALK_TOPIC = re.compile(r"就[^，,。；;就]{1,30}$")  # the topic told between the guest and the verb
_EARLIER_IN_GUEST = re.compile(r"((?:19|20)\d\d)年|去年|前年|上个?月|上周|上星期|" + AGO)  # told between the guest and the call
_EARLIER_OPENING = re.compile(r"(?:[^。；;]*?[，,：:])?[\s\u3000]*(?:不久前|前不久|此前|(?:今年|年初|去年|近年)以来|近年来|多年来|" + AGO + r")[，,][^。；;，,]{0,60}$")  # 前不久，X同Y成功通话: a clause that opens on an earlier time (今年以来，X分别会见…: a span gone by)


_THE_PRESS = re.compile(r"(?:中外|境内外)?记者")  # 共同会见记者, 共同会见中外记者
_JOINT_PRESS = re.compile("共同会见" + _THE_PRESS.pattern)


_EACH_SEP = re.compile(r"、|和|及|以及")


def _each_guest(text: str, m: re.Match, guests: list) -> list[tuple[int, int]] | None:
    """The span of each guest's part (his country and titles, then his name) in a list of guests met in turn
    (分别同西班牙首相A、荷兰首相B通电话), or None where the list holds anything but named guests."""
    if len(guests) < 2:
        return None
    at, out = m.start("guest"), []
    for i, g in enumerate(guests):
        if i:
            if not (sep := _EACH_SEP.match(text, at)):
                return None
            at = sep.end()
        if _EACH_SEP.search(text, at, g.start) or g.start - at > 16:
            return None
        out.append((at, g.end))
        at = g.end
    told = m["guest"]
    if (topic := _TALK_TOPIC.search(told)) and guests[-1].name in told[: topic.start()]:
        told = told[: topic.start()]  # 分别同A和B就…通电话: what they talked of, after the list
    when = _TALK_WHEN.search(told)
    return out if at == m.start("guest") + len(told) - (len(when.group()) if when else 0) else None


# 此前 told before the one met with (X此前与Y会见时表示): the audience with him an earlier one, of no day told
_EARLIER_WITH = re.compile(r"(?:不久前|前不久|此前)(?:曾经?|已经?)?(?:同|与|和)[^，,。；;同与]{2,30}$")


_SPEECH_THERE = re.compile(r"[^，,。；;]{1,60}?" + _OCCASION_OF_SPEECH.pattern)  # (在会见X)时的重要讲话


def _earlier(text: str, s: int, at: int) -> bool:
    """Whether the audience, talks or call at ``at`` in the sentence from ``s`` is an earlier one, cited."""
    return bool(_EARLIER.search(text, s, at) or _EARLIER_WITH.search(text, s, at) or _EARLIER_OPENING.match(text, s, at))
_INVITED = re.compile(r"应[^。；;，,]{1,80}?(?:的)?邀请")
_WELCOMES_COMING = re.compile(r"对[^，,。；;]{1,40}?(?:莅临|亲临|光临|前来|专程来)[^，,。；;]{0,12}$"
                              # (中方欢迎各国朋友出席…论坛: those welcomed attend, in the cue's own clause)
                              # (not 欢迎前来参加活动的X: those welcomed named after the cue, the welcomer at it)
                              # (nor 在欢迎声中, 在欢迎招待会上, 欢迎…出席大会并致辞: the welcomer speaks there)
                              r"|欢迎(?!仪式|宴|晚宴|午宴|会|词|辞|前来|来华|来京|声|招待会|酒会|典礼|大会|晚会|宴会|活动)"
                              r"(?![^，,。；;]*?(?:出席|参加)[^，,。；;]*?并)[^，,。；;]{1,40}?$")
_INVITES = re.compile(r"[^，,。；;应受]{0,8}?(?<![应受])邀请(?![函赛])")  # X(专门)邀请…: the inviter (not X应…邀请, X接受邀请)
_MET_BEFORE = re.compile(r"会见|会谈|会晤")  # in the clause before him: the guest of another audience
# 同印度总理|莫迪: the one talked with, his titles between (not 同日, 同时, 与此同时, 共同, 参与, 与会: no talk's 同)
_PARTNER_BEFORE = re.compile(r"(?:(?<!共)同|(?<!参)与)[^，,。；;同与和]{0,30}$")  # the partner of one act: 与老挝…国家主席|朱马里
_JOINT_ACT_BEFORE = re.compile(r"(?:共同|一起|一道)[^，,。；;]{2,40}[，,]并")  # (与X)共同出席…，并会见: X's part ends at the comma
_WITH_BEFORE = re.compile(r"(?:(?<!共)同(?![日时一])|(?<!参)与(?![此会]))[^，,。；;、同与和]{0,12}$")
# talks or a call wished, refused, called off or put off (拒绝与X举行会面, 取消了同X通电话): none held
# (or meant, sought or denied: 特朗普有意同普京通电话, 白宫否认拜登同普京通电话)
# talks one was persuaded or urged to hold (说服X，在…与Y举行会晤): none told held
_PERSUADED = re.compile(r"(?:说服|劝说|劝服|敦促|促使)[^。；;！？\n]{0,40}$")
_TALK_WISHED = re.compile(r"(?:" + _WISHES + r"|取消|推迟|同意|考虑|否认)了?[^。；;，,\n]{0,8}$"  # (有意, 寻求, 打算: the next, wider)
                          # urged, proposed or meant in the clause, however long the names after it (古特雷斯呼吁以色列总理X与…举行磋商,
                          # 特雷莎·梅提议与…, 他此行旨在与…), or right before (金正恩应与…, 为与…举行磋商做准备)
                          r"|(?:呼吁|敦促|促请|提议|倡议|寻求|旨在|有必要|邀请|要求|(?<![按照据原])计划|打算|有意|希望|期待)[^。；;，,\n]{0,30}$"
                          r"|(?:应当?|应该|愿意?|为)$")
_AT_ONES_REQUEST = re.compile(r"(?:应|根据|按照|依照)[^，,。；;]{0,12}$")  # 应美方|提议与X通电话: held at another's request
_REQUEST_WORDS = ("提议", "邀请", "要求", "请求")


def _talk_wished(text: str, start: int, end: int) -> bool:
    """Talks or a call only wished, urged or proposed in the words before them (呼吁A与B举行磋商), not held at one's
    request (应美方提议与X通电话, 应约同意大利总理…) — unless a wish follows the request (应记者要求表示愿意与X会晤)."""
    while (m := _TALK_WISHED.search(text, start, end)) is not None:
        if text.endswith("应约", 0, m.start()):
            start = m.start() + 1  # 应约|同意大利总理通电话: 同 opens the call, no 同意
        elif text.startswith(_REQUEST_WORDS, m.start()) and _AT_ONES_REQUEST.search(text, max(0, m.start() - 12), m.start()):
            start = m.start() + 2
        else:
            return True
    return False


# talks or a call told as a matter doubted, unarranged or denied (…通电话的可能性不大, …会面的条件尚不成熟,
# …通电话一事目前尚无安排, 关于…通电话的报道不实): none held
_TALK_DOUBTED = re.compile(r"的(?:可能|条件|计划|报道|消息|传闻|提议|建议|意愿|请求)|一事|[做作]准备|[^。；;，,]{0,20}?(?:尚无|尚未|不实|否认)")
# the two named, then when the talks came in a clause of its own: X和Y在各自发言结束后，举行了…会谈
_AFTER_CLAUSE = r"(?P<after>在[^，,。；;在]{1,16}?后[，,])?"
_LISTED_GUESTS = re.compile(r"(?<=[，,])[同与][^，,。；;]*(?:、|以及)[^，,。；;]*$")
_TALK = re.compile(r"(同|与)(?P<guest>[^，,。；;\n]{2,40}?)" + _AFTER_CLAUSE + _TALK_TAIL)  # 同X举行会谈, 与X举行了“…”的会谈
# (not 和X参加通话, 和X出席会谈: X joins the talks or call of another, the last of a list of those who did)
_TALK_AND = re.compile(r"(和)(?P<guest>[^，,。；;同与和\n]{2,30}?)" + _AFTER_CLAUSE + r"(?<!参加)(?<!出席)(?<!参与)" + _TALK_TAIL)  # 李克强和谢里夫举行了会谈
# talks told with no verb (20日，普京与到访的德国总理默克尔会谈): held as told, not those in passing (在与X会谈时表示,
# 会谈中, 会谈后: the story tells them otherwise) nor a verb read into the guest (与X举行会谈 is _TALK's); with 和
# (group 2), two named, the host's name right before it and no other 同/与/和 in the guest, also when what they did
# after is the news (德国财长X和美国财长Y在柏林会谈后，要求…)
_TALK_BARE = re.compile(r"((?<![认赞])同(?!意)|与|(和))(?P<guest>(?:(?(2)[^，,。；;、同与和\n]|[^，,。；;、\n])){2,30}?)(?<!举行)(?<!进行)(?<!了)(?<!的)(?<!分别)"
                        r"(?P<after>)(?P<verb>)(?P<manner>)(?P<talk>会谈|会晤|会面)(?P<call>)(?=[，,。；;并]|(?(2)后[，,]|(?!))|[时前后](?:表示|说|指出|强调))")


# a summons (召见, 约见) of a foreign envoy: 外交部副部长X召见了美国驻俄罗斯大使Y; the guest as written, up to his title
# (the diplomat's name, where read, is added after it)
_SUMMONS = re.compile(r"(?<![受被])(?P<verb>召见|约见)了?(?P<guest>[^，,。；;：:、“”并就向在召约和及]{0,24}(?:驻[^，,。；;：:、“”并就向在召约和及]{1,20}?"
                      r"(?:大使馆武官|大使馆公使|武官|公使|临时代办|代办|负责人|使节|外交官员|外交官|大使)|大使|临时代办|武官))")
_SUMMONS_NAME = re.compile(r"召见|约见")
# a summons, talks or a call told as not held, doubted or asked about (尚未召见, 从未召见, 拒绝召见, 可能召见, 是否会召见,
# 至今没有与X通电话, 可能已与X通了电话): none held
_NOT_HELD = re.compile(r"(?:尚未|未曾|从未|从来没有?|从没有?|并未|并没有|没有|没|未|不(?![久断])|拒绝|可能|或将|或许|也许|是否|能否|有无|会不会|要不要)"
                             r"(?:会|将|要|已经?|曾|再次?|紧急|正式|就此)?了?$")
# an earlier summons, cited: 上周召见, 2018年曾召见, 2018年3月，…召见 (a year or month told, no day after it)
_SUMMONS_PAST = re.compile(r"上周|上星期|上个?礼拜|((?:19|20)\d\d)年(?:(\d{1,2})月(?:份|初|中旬|下旬|底)?)?(?![\d月])[^。；;\d]{0,30}?(?=曾?(?:紧急)?$)")
# 在召见X一个月后，再次…: a summons some time before what the story tells
_SUMMONS_BEFORE = re.compile(r"[^，,。；;并]{0,30}?(?:\d+|[一二两三四五六七八九十几数半]+)(?:个多|多个|个)?(?:月|周|星期|年|天)多?(?:之后|以后|后)")
_SUMMONS_DUE = re.compile(r"(?:决定|宣布|打算|计划|准备|拟|要求)[，,]?(?:紧急)?$")  # 决定召见, 宣布，召见: announced, not told held


def _summons_past(ctx: Context, s: int, at: int) -> bool:
    """Whether the summons at ``at`` (its sentence from ``s``) is told of last week, or of a year or month before the
    story's with no day: 上周召见, 2018年曾召见, 2018年3月，…召见 (not 2024年4月12日召见 of the story's days)."""
    m = _SUMMONS_PAST.search(ctx.text, s, at)
    if not m or not m[1]:
        return m is not None
    ref = ctx.reference_date
    return ref is not None and (int(m[1]) < ref.year or int(m[1]) == ref.year and m[2] is not None and int(m[2]) != ref.month)


_ENVOY = re.compile(r"(?:召见|约见)(?P<state>[^驻]{0,12}?)驻(?P<host>[^，,。；;]{1,4}?)(?:国|罗斯)?(?:使馆|大使馆)?(?P<title>大使馆武官|武官|公使|临时代办|代办|负责人|使节|外交官员|外交官|副大使|大使)")


def _envoy(name: str) -> tuple[str, ...] | None:
    """Who a summons names, as (sending state, host state's first character, title): 召见法国驻英大使 and
    召见法国驻英国大使凯瑟琳·科隆纳 are the same envoy's."""
    m = _ENVOY.match(name)
    return (m["state"][:1], m["host"][:1], m["title"]) if m else None


_AFTER_ENVOY = re.compile(r"[，,。；;：:\s]|$|并|就|向|对|表示|提出|时|之?后|要求|抗议|宣布|告知|递交|进行|说明|通报|发出")  # what may follow his name
_BARE_LINE = re.compile(r"[^。；;！？!?]*")  # a line with no sentence: a title, a brief's own headline


def _line(text: str, at: int) -> tuple[int, int]:
    """Start and end of the line ``at`` is on."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def _headline_guest(ctx: Context, start: int, end: int) -> "_Unread | None":
    """The headline's guest named by title only (posts.headline_guests), written bare in the body
    between ``start`` and ``end`` where the recognisers read no name: the guest of the talks told there."""
    from kg.extract.posts import headline_guests

    if any(start <= h.start < end for h in ctx.rec.persons):
        return None
    told = ctx.text[start:end]
    name = next((p.person for p in headline_guests(ctx) if told.startswith(p.person)), None)  # (its mention is the original's offsets)
    return _Unread(name, start, start + len(name)) if name else None


class _Unread(NamedTuple):
    """A guest's name the recognisers did not read, where the text writes it."""

    name: str
    start: int
    end: int
    titles: tuple = ()  # none read, as a PersonHit's may be


_NOT_A_GUEST = re.compile(r"客人|外宾|来宾|贵宾|他们|她们|对方|双方|结束|开始|期间|[时中上后]")


def _unread_guest(ctx: Context, start: int, end: int) -> bool:
    """Whether text[start:end] (between 在会见 and 时) reads as one person's name the recognisers
    missed: 2-10 Han characters (or a foreign name with · or -), no title, organisation or group, nor the short form of a
    dotted name the story reads (会见惠特克时 after 会见…玛格丽特·安·惠特克: that audience, told again), nor words
    ending in a level's committee before the role (会见全国优秀县委书记时: the secretaries of counties, no name)."""
    guest = ctx.text[start:end]
    return bool(re.fullmatch(r"[\u4e00-\u9fff][\u4e00-\u9fff·\-－]{1,9}", guest)) and not _NOT_A_GUEST.search(guest) \
        and not _GROUP.search(guest) and lexicons.common_words().get(guest) != "n" \
        and not any(h.name.endswith(("·" + guest, "-" + guest)) for h in ctx.rec.persons) \
        and not any(start <= t.start < end for t in ctx.rec.titles) \
        and not any(start <= a < end for a, _, _ in ctx.rec.orgs) \
        and not _LEVEL_BODY_END.search(_without_role(guest))


# A level's committee ending the words before a role (全国优秀县委|书记): a body's name, no person's
_LEVEL_BODY_END = re.compile(r"[省市县区州盟旗镇乡]委$")


def _after_role(clause: str) -> str | None:
    """The name that ends a clause after a role word (…行长中尾武彦, …外长加布里尔(一行)), when it
    reads as one person's name: 2-10 Han characters or a foreign name with · or -, no role, group or kin."""
    m = _ROLE_THEN_NAME().search(clause)
    while m is not None and any(r in m[1] for r in lexicons.roles()) and (n := _ROLE_THEN_NAME().search(clause, m.start() + 1)):
        m = n  # 中央书记处书记阿尔瓦雷斯: the name after the last role, not 处书记阿尔瓦雷斯 after its first 书记
    if m is None or _NOT_A_GUEST.search(m[1]) or re.search(r"^[和及与官长员使事理席的]|夫人|先生|女士|阁下|陛下|殿下|人士|界|们|等|特使|一行|握手|交谈|合影|[长员团部会处局院]$", m[1]):
        return None
    if grammar.verb_after(m[1], 0):
        return None  # 会见朝外务相|讨论半岛局势: a headline's verb and its object after the role, no name
    return m[1] if not any(r in m[1] for r in lexicons.roles()) else None


@functools.lru_cache(maxsize=1)
def _ROLE_THEN_NAME() -> re.Pattern[str]:
    return lexicons.guarded(lexicons.role_pattern() + r"([\u4e00-\u9fff][\u4e00-\u9fff·\-－]{1,9})(?:一行)?$")


def _headed(text: str, start: int, end: int, last: int | None = None) -> re.Match[str] | None:
    """The group of ``text[start:end]`` told as headed by whom it names after 以 (以X会长为团长的…代表团,
    以A、B为首的…代表团); with ``last``, the end of the last guest read, only a role or 先生/女士 between it and 为."""
    head = _HEADED.search(text, start, end)
    if head is None or not _HEADED_BY.fullmatch(text, start, head.start()):
        return None
    between = text[last : head.start()] if last is not None else ""
    return head if not between or between in ("先生", "女士") or between in lexicons.role_set() else None


_LED_BY_CLAUSE = re.compile(r"[由以]([\u4e00-\u9fff·\-－]{3,16})")  # 由索安副首相, 以洪森首相: a name and its role after
_ONE_NAME = re.compile(r"[^该此本其他她这那各两我贵][\u4e00-\u9fff·\-－]{1,5}")  # what is left reads as one name


def _role_after(clause: str) -> str | None:
    """The name of a clause 由<name><role> or 以<name><role> (由索安副首相, 以洪森首相为团长的…), the role after
    the name as some countries write it, when what is left reads as one person's name (2-6 Han characters, no
    role); not a clause that opens with a country (以色列副总理: its 以 is the country's)."""
    m = _LED_BY_CLAUSE.fullmatch(clause)
    name = _without_role(m[1]) if m else ""
    if not name or name == m[1] or lexicons.country_at(clause) or not _ONE_NAME.fullmatch(name) or _NOT_A_GUEST.search(name) \
            or lexicons.country_at(name) or lexicons.place_prefix(name) or name.endswith(lexicons.org_suffixes()):
        return None  # 由柬埔寨副首相, 由中国外交部副部长, 由该国总理: a country, body or pointer, no name
    return name if not any(r in name for r in lexicons.roles()) else None


def _without_role(guest: str) -> str:
    """The name without the roles after it (洪森首相 → 洪森; 穆罕默德副总统兼总理 → 穆罕默德, each role the longest written)."""
    name = guest
    while (role := max((r for r in lexicons.roles() if name.endswith(r)), key=len, default="")) and len(name) >= len(role) + 2:
        name = name[: len(name) - len(role)]
        if name.endswith("兼") and len(name) >= 3:
            name = name[:-1]  # 副总统兼|总理: the role before it too
    return name


# what ends the name of a body that holds meetings besides the suffixes of titles (上海合作组织成员国元首理事会, 中国发展
# 高层论坛, 中国古巴政府间经贸混委会, 中国少年先锋队); a state's party (古巴共产党) is one too
_MEETING_BODY_ENDS = ("理事会", "论坛", "混委会", "先锋队")
# what ends a meeting's opening words like a body but names none: its kind (座谈|会, 常委|扩大会议), its work (学习, 推进,
# 部署), or its people and parts (领导干部, 分组: the 部 and 组 inside a word)
_NO_BODY_ENDS = ("座谈", "学习", "推进", "部署", "常委", "干部", "分组")


def _organizer(part: str) -> str | None:
    """The body a meeting's name opens with (国务院常务会议 → 国务院), when it reads as an organisation: a known
    one or one that ends as bodies do (not 全国打击犯罪|工作会议, 公安部电视电话|会议, a bare 领导小组|会议)."""
    part = re.sub(rf"(\d{{4}}年|第{NUMERAL}次|{NUMERAL}届).*?(?=(会议|会)$)", "", part)
    m = re.match(rf"(.+?)(第{NUMERAL}次)?(专题|常务|全体|扩大|工作|党组|常委|电视电话|视频)?(会议|会)$", part)
    if not m:
        return None
    org = m.group(1)
    if org.endswith("大") and m.group(4) == "会" or org.endswith(_NO_BODY_ENDS):
        return None  # 世界机器人大|会: the 大 of 大会; 常委|扩大会议, 领导干部|会议
    across = re.match(r"全[国省市区县军]", org) and org[2:] in lexicons.org_suffixes()  # 全国组织|工作会议: a whole scope's bodies
    named = grammar.names_body(org, _MEETING_BODY_ENDS) and (not across or org in lexicons.organizations()) \
        or lexicons.country_at(org) and org.endswith("党")
    return org if len(org) >= 2 and named and grammar.org_ok(org) else None


def _stop_mode(text: str, at: int) -> str | None:
    """A lecture tour's stop is told in a paragraph of its own: its mode is that paragraph's (not another stop's 视频会议系统)."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return _mode(text[start : end if end >= 0 else len(text)])


# a meeting its name tells held by video or online (…举行视频会晤, …电视电话会议, …线上研讨会, 云端招待会, 网上座谈会)
_VIDEO_NAMED = re.compile(r"视频(?:会议|会晤|会谈|峰会|通话|连线|座谈会)|电视电话会议|(?:线上|云端|云上|网上)(?!线下)[^“”]{0,8}?会")
# a later clause of the sentence that tells what the meeting asks or what came after it, not how it sat (会议要求…通过视频方式,
# 会后通过视频连线…, 要求…利用线上线下学习平台)
_CLAUSE_AFTER = re.compile(r"[，,；;]\s*(?:会后|会议(?:还|并)?(?:要求|强调|指出|号召)|(?:并|还|同时)?(?:要求|强调|号召|部署)|随后)")


# a sentence that opens on a meeting told again by its name's last words (峰会由沙特主办，以视频方式举行; 本次专题协商会采取…,
# 本届论坛受…，…以线上线下方式参会), the words ending on its kind and no longer name going on after them (not 论坛|会议)
_OPENS_AGAIN = re.compile(r"[\s\u3000]*(?:本次|此次|这次|本届)?")
_KIND_AGAIN = re.compile(r"(?:会议|峰会|会谈|会晤|论坛|通话|[\u4e00-\u9fff]{1,2}会)$")
_NAME_GOES_ON = re.compile(r"[会议坛届次期]")


# a bare 会议 or 大会 opening a sentence tells any of the story's meetings: only its one meeting's (``alone`` below)
_BARE_KIND_WORDS = ("会议", "大会")


def _opens_again(text: str, s: int, name: str) -> bool:
    """Whether the sentence at ``s`` opens on ``name`` told again by its last words (峰会由…, 本次专题协商会采取…)."""
    at = _OPENS_AGAIN.match(text, s).end()
    return any(text.startswith(name[i:], at) and _KIND_AGAIN.search(name[i:]) and not _NAME_GOES_ON.match(text, at + len(name) - i)
               for i in range(len(name) - 1) if name[i:] not in _BARE_KIND_WORDS)


# a sentence that opens on the story's meeting by a bare word (会议以电视电话会议形式召开): the story's one meeting
_THE_MEETING_OPENS = re.compile(r"[\s\u3000]*(?:本次|此次|这次)?(?:会议|大会)(?=[以采通])")


def _own_mode(ctx: Context, name: str, hits, alone: bool) -> str | None:
    """A meeting's mode as its own name, a sentence that names it or tells it again by its kind tells (…以视频方式举行,
    X通过视频出席…, 峰会由…主办，以视频方式举行; 会议以电视电话会议形式召开 where it is the story's one meeting: ``alone``),
    else None: not a mode the story tells of another act (习近平接见…官兵。…通过视频慰问了部队: the audience in person)."""
    if _MIXED.search(name):
        return "mixed"
    if _VIDEO_NAMED.search(name):
        return "video"
    rec, text = ctx.rec, ctx.text
    at = sorted({h.start for h in hits} | set(_occurrences(text, name, 0, len(text))))
    if mode := next((mode for a in at if not text.startswith("精神", a + len(name)) and (mode := _mode(_as_held(text, rec, a)))), None):
        return mode
    for rx, mode in ((_VIDEO, "video"), (_MIXED, "mixed")):
        for m in rx.finditer(text):
            s = _sentence_start(text, m.start())
            if _opens_again(text, s, name) or alone and _THE_MEETING_OPENS.match(text, s):
                return mode
    return None


def _as_held(text: str, rec, at: int) -> str:
    """The sentence that names the meeting at ``at``, up to a later clause of what it asks or what came after it."""
    s, e = rec.sentences[rec.sentence_of(at)]
    cut = _CLAUSE_AFTER.search(text, at, e)
    return text[s : cut.start() if cut else e]


def _mode(text: str) -> str | None:
    """video, mixed, or None when the text does not say (most meetings are in person)."""
    if _VIDEO.search(text):
        return "video"
    if _MIXED.search(text):
        return "mixed"
    return None


_WILL = re.compile(r"(?<![代日])将(?!领(?!导)|[军士帅官])")  # still to come (not 代表, 日将 of a date, 将领 or 将军 who are; 将领导 is)
# talks not held, told between the two named and 会谈 (尚未会谈, 上次会谈后, 将于下周会谈), or held many times, none
# of them here (多次会晤, 两度会晤, 每年均会晤); or only possible, agreed, expected or past (可能在日内瓦会晤,
# 或于下月会晤, 商定明年…会晤, 预计下月会晤, 去年在东方港会晤, 两年前在新加坡会晤): none held in the story
_NOT_YET_TALKED = re.compile(_WILL.pattern + rf"|未|没有|上次|此前|计划|有望|拟|{_COUNT}|屡次|每年|曾"
                             r"|可能|或(?:将|于|在)|商定|同意|预计|定于|准备|希望|去年|上月|前年|年前|月前")
# a clause opened by days ago, or by its subject then days ago, whose verb holds the meeting: 日前，X主持召开|…会议,
# X日前召开|…会议 (not 节日前, 8日前往)
_DAYS_AGO_HELD = r"(?<![节假生\d])(?:近日|日前(?!往)|不久前|前不久|近期)[，,]?[^。；;，,]{0,30}?(?:召开|举行|举办|主持|出席|参加)了?$"
_RECENTLY_HELD = re.compile(r"(?:^|(?<=[，,：:。\s]))[^。；;，,\s]{0,12}?" + _DAYS_AGO_HELD)
# (a longer subject, 我驻委内瑞拉和驻埃及大使馆近日…: only when the story tells no day after it, as 于4月25日召开这次座谈会)
_RECENTLY_HELD_LONG = re.compile(r"(?:^|(?<=[，,：:。\s]))[^。；;，,\s]{13,24}?" + _DAYS_AGO_HELD)
# days running (连日来，中方专家与多国举行…会议): held on several days, none of them told
# a sentence that opens on no day (近日，…; 央视网消息：日前，…): what it tells has none the text gives
_NO_DAY_LEAD = re.compile(r"(?:[^。；;！？\n：:]{0,30}?[：:])?[ \u3000\t]*(?:近日|日前|(?:事件|事故|灾害|灾情|险情|地震|疫情)发生后)[，,]")  # (事件发生后，…召开紧急会议: the event's day is not the meeting's)
# a sentence that opens on a day named by a holiday's end (节后上班第一天，…; 春节假期后的第一个工作日，): none the text dates
_BACK_TO_WORK_LEAD = re.compile(r"[ \u3000\t]*(?:(?:[^。；;，,！？\n]{0,6}?(?:节|假期?|长假|年))(?:过)?后的?(?:上班|开工|复工|收假)?(?:的)?第一(?:天|个工作日)"
                                r"|(?P<new>(?:(?P<year>(?:19|20)\d\d)年|新年|今年)的?(?:第一个工作日|(?:上班|开工|复工)第一天)))[，,]")
# the meeting told again with its day (大会于2月11日上午在南京举行): its day, though the lead names it by a holiday
_IT_HELD_ON = re.compile(r"(?:^|(?<=[。；;，,\s]))(?:这次|此次|本次)?(?P<it>(?:大会|会议|会|座谈会|论坛|峰会|仪式|典礼))于?$")
_HELD_THEN = re.compile(r"(?:上午|下午|晚上|晚)?[^，,。；;]{0,12}?(?:举行|召开|开幕|举办)")
_DAYS_RUNNING = re.compile(r"(?:^|(?<=[，,：:。\s]))连日(?:来|以来)[，,]?[^。；;]{0,40}?(?:召开|举行|举办|出席|参加)了?$")
# a sentence opened by the days of a stay (在澳门期间，, 访问期间，, 会议期间，): what it tells fell on one of them, which not said
# (not 活动期间，: an activity of the day told, 12日…交接入列。…活动期间，X接见了…)
# (在香港期间，X出席了…。)X还会见了…: the stay goes on (not X当天还会见了…: the day told before, kept)
_GOES_ON_ALSO = re.compile(r"[\s\u3000]*(?![^，,。；;：:\d日号]{0,8}?(?:当天|当晚|当日|同一天|同天|当天晚上))[^，,。；;：:\d日号]{1,8}?还")
_STAY_OPENING = re.compile(r"[\s\u3000]*[^，,。；;：:\d日号]{0,16}?(?<!活动)期间[，,]")
# (近两天举行的…峰会: days ago too, none told)
_DAYS_BEFORE_SUMMONS = re.compile(r"(?:近日|日前(?!往)|不久前|前不久|近期|前些天|前几天|前些日子)[^。；;，,]{0,12}$")
# a sentence on one of the last days (这几天，…正在举行): no day told
_THESE_DAYS = re.compile(r"(?:^|(?<=[，,：:。\s]))(?:这几天|这些天|这两天|近几天|这段时间|这些日子|连日来|连日以来)[，,]")
# several attending each their own (杨晓渡、陈希分别出席有关反馈会议; not X分别参加了A、B审议, one at each of those listed)
_EACH_ATTENDS = re.compile(r"[、和及][^。；;，,、]{1,12}?分别(?:出席|参加)了?[^。；;，,、]{0,6}$")
_DAYS_AGO_INSIDE = re.compile(r"(?<![节假生\d])(?:近日|日前(?!往)|不久前|前不久|近期)(?:召开|举行|举办)了?")  # inside a hit of body and kind
_RECENTLY = re.compile(r"(?:近日|日前|不久前|前不久|近期|最近|近(?:两|几|[二三四五])天)(?:在[^，,。；;]{1,10})?(?:召开|举行)的$")


# talks told beside a visit before one leaves (X结束对哈萨克斯坦的访问并举行…会晤、出席…会议后离开): the day told is the
# leaving's, the talks' own may be any of the visit (a summit told so ends the stay, held that day: kept)
_LEFT_AFTER = re.compile(r"[^。；;，,]{0,40}?后(?:离开|离京|启程|回国)")
_ENDED_VISIT = re.compile(r"结束[^。；;，,]{0,24}?访问")
# the day one came home (…并结束访问后，于1月11日晚乘专机回到北京): not the day of a meeting on the trip
_BACK_ON = re.compile(r"[^，,。；;]{0,8}?(?:回到|返回)北京")


def _talks_told_end(ctx: Context, word: str, s0: int) -> int:
    """The end of the last sentence before ``s0`` that tells the talks (``word``: 会谈, 会见, 会晤) its sentence goes on
    from, else ``s0``: their day, not one told between (…举行会谈。马里诺是11日抵达的。会谈后，…)."""
    rec = ctx.rec
    return next((b for a, b in reversed(rec.sentences[: rec.sentence_of(s0)]) if word in ctx.text[a:b]), s0)


def _round_ahead(ctx: Context, d: DateHit) -> bool:
    """Whether ``d`` is the day of a round still to come (美伊3月2日再次举行会谈 told on February 24th, 将于10日继续…):
    marked future, or later than the story's day; a round told held that day (各代表团9日上午继续举行全体会议。当天下午，…) is not."""
    if (m := _AGAIN_ON.match(ctx.text, d.end)) is None:
        return False
    ref = ctx.reference_date
    if m["again"] == "将" or _AHEAD_BEFORE.search(ctx.text, max(0, d.start - 4), d.start) or ref is None:
        return True
    if d.month is None and d.relative_days is None and d.day is not None and d.day > ref.day:
        return True  # 28日继续 in a story of the 27th: ahead, not last month's
    if d.year is None and d.month is not None and d.day is not None and 0 < _days_ahead(ref, d.month, d.day) <= 183:
        return True  # 3月25日再次 in a story of March 16th: ahead, not last year's
    day = resolve_date(d, ref)[0]
    return day is None or day > ref


def _deadline(text: str, d: DateHit) -> bool:
    """Whether a date is a tally's cut-off (截至12月7日，…已全部召开…): no meeting's day."""
    return text[max(0, d.start - 2) : d.start] in ("截至", "截止")


_CITED_SOURCE = re.compile(r"(?<![根依证占数凭收票单字盘割论考])据$")  # 据…发布会介绍 (not 大数据…)
# a deadline's day (24号，是…达成协议的最后期限; 在24号最后期限前): the story's first day, but no meeting's told elsewhere
_DEADLINE_DAY = re.compile(r"(?:[，,]?(?:是|为|系)[^。；;，,]{0,30}?)?(?:的)?(?:最后|最终)?(?:期限|截止日期|大限)")


# a day of a round to come (美伊3月2日再次举行会谈, a sub-headline): none 当天 points back to
_AGAIN_ON = re.compile(r"(?:上午|下午|晚上)?(?:在[^，,。；;\n]{1,10}?)?(?P<again>将|再次|再度|继续)(?:举行|进行|召开)?")
_AHEAD_BEFORE = re.compile(r"(?:将|拟|计划|定于|预计|预定|准备)于?$")  # 定于10日再次举行: a day planned
_THAT_DAY = re.compile(r"当天|当日(?!本)")  # the day of what was told before (当天晚上，…)
_DAY_BEFORE = re.compile(r"[\s\u3000]*(?:此|在此)?前一天[，,]")  # a sentence opened by the day before the one told (此前一天，)
_VAGUE_TIME = re.compile(r"上周|上个?月|去年|前年|日前|近日|前不久|不久前|早些时候|此前")
_SAME_DAY_AS = re.compile(r"同一天|同日(?!本)")  # the day of the sentence before (同一天，X在…会议上表示)
_THEN_OPENING = re.compile(r"[\s\u3000]*随后[，,]")  # a sentence that goes on from the one before (随后，…): its day too
_BOUND = re.compile(r"以?前|之前|以?后|之后|起|为止")  # a day as a bound (必须在8月31日前撤出): none 当天 points back to
# a day planned for something else (…飞船将于明天（6月17日）发射, 各方决定本月20号继续举行谈判) or one it lasted to
# (谈判延长到9号): no day a meeting is told held (not 将 of a general: 蒙尼尔将军13日抵达, 张又侠上将13日)
_PLANNED_DAY = re.compile(r"(?:" + lexicons.PLANNED + r"|决定|(?:延长|持续|推迟)(?:到|至))[^，,。；;：:]{0,5}$")


_RECENT_IN_CLAUSE = re.compile(r"[^，,。；;\n]{0,60}?(?<![节假\d])(?:近日|日前)(?![^，,。；;]{0,6}?的)")  # days ago told later in its clause (not 日前发布的…)


# a sentence that tells a meeting: named by its kind, or held, opened or attended
_TELLS_MEETING = re.compile(r"举行|召开|举办(?!权)|开幕|闭幕|出席|会见|会谈|会晤|会议|峰会|论坛|大会")  # (not 获得…的举办权: a bid won)
# a day a rule takes effect from (会议决定，自5月1日起施行…): never a meeting's day
_IN_FORCE_FROM = re.compile(r"起(?:正式)?(?:施行|实施|执行|生效)")


def _in_force_from(text: str, d: DateHit) -> bool:
    """Whether ``d`` is the day something takes effect from: 自5月1日起, 5月1日起施行."""
    return text.startswith("起", d.end) and (text[d.start - 1 : d.start] == "自" or _IN_FORCE_FROM.match(text, d.end) is not None)


# a meeting told as done before the clause's act (…举行特别峰会后表示): the clause's day may be the act's
_THEN_AFTER = re.compile(r"(?:结束)?之?后")
# a day written with a later mention as its attribute (在30号的特别峰会上, 在29日举行的峰会上)
_DATED_THE = re.compile(r"(?:上午|下午|晚上|晚)?(?:在[^，,。；;]{1,15}?)?(?:举行|召开|举办)?的")


def _dated_later(ctx: Context, h, body) -> DateHit | None:
    """The day a mention after ``h`` is written with as its attribute (…在30号的特别峰会上), if any."""
    rec = ctx.rec
    return next((d for g in body if g.start > h.start and not (rec.sentences and _EARLIER_TOLD.search(ctx.text, *rec.sentences[rec.sentence_of(g.start)]))
                 for d in rec.dates
                 if d.day is not None and g.start - 20 <= d.end <= g.start and _DATED_THE.fullmatch(ctx.text, d.end, g.start)), None)


_NAMED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年")  # the year a meeting's name carries
_ITS_ANNIVERSARY = re.compile(r"纪念|周年")  # 纪念2008年北京奥运会成功举办十周年座谈会: the past year is what it marks
_DAYS_AGO_JUST_BEFORE = re.compile(r"(?<![节假生\d一二三四五六七八九十])(?:近日|日前|近期)$")  # (not 5日前, 节日前)
_EARLIER_TOLD = re.compile(r"曾|此前|之前|上次|上一次|早前|先前")  # 在4月29日的外长会议上，各方曾…: an earlier meeting of the kind


_HELD_DURING_A_FAIR = re.compile(r"[\s\u3000]*(?:会议|大会)?期间[，,]?(?:还|共|先后|同时)?(?:举办|举行|召开)了?的?")  # (会议期间举行的…第一次全体会议)


def _day_after_act(ctx: Context, after: re.Match) -> DateHit | None:
    """The day after a moment's act (抵达后的第二天) whose one day the sentence or the one before tells (X11日抵达莫斯科):
    that day plus one; None where the act is a span, its day not told or told twice, or the count longer."""
    rec = ctx.rec
    act = _ONE_MOMENT_ACT.search(after["act"])
    if not act or after["nth"] not in ("第二天", "次日") or not ctx.reference_date:
        return None
    k = rec.sentence_of(after.start())
    s = rec.sentences[k - 1][0] if k > 0 else rec.sentences[k][0]
    told = [d for d in rec.dates if s <= d.start < after.start() and not rec.in_meta(d.start) and not rec.in_headline(d.start)
            and re.match(_PART_OF_DAY_THEN + act.group(), ctx.text[d.end : after.start()])]
    if len(told) != 1 or told[0].day is None or told[0].end_day is not None or told[0].end_month is not None:
        return None
    day, _ = resolve_date(told[0], ctx.reference_date)
    if day is None:
        return None
    day += dt.timedelta(days=1)
    return dataclasses.replace(told[0], year=day.year, month=day.month, day=day.day, part_of_day=None, relative_days=None)


_SITTING_RECALLED = re.compile(r"代表团(?:分组)?审议|代表团全体会议")  # a delegation's sitting at the annual sessions


def _sitting_mentions(text: str, body) -> list[int]:
    """Where the sitting is named: its hits, and its name written anywhere else (曾经两次参加…审议。…参加…审议时指出)."""
    return sorted({h.start for h in body} | {i for h in body for i in _occurrences(text, h.name, 0, len(text))})


def _recalled(ctx: Context, mentions: list[int]) -> bool:
    """Whether a mention of the sitting (at ``mentions``) is told as one of a past year (在2017年的全国两会上…,
    2015年全国两会期间…) or as once taken part in (曾经两次参加…审议): a story of another day recalls it."""
    ref, text = ctx.reference_date, ctx.text
    for at in mentions:
        s = _sentence_start(text, at)
        if _ONCE_TOOK_PART.search(text, max(s, at - 60), at) or ref and any(int(y) < ref.year for y in _NAMED_YEAR.findall(text, s, at)):
            return True
    return False


def _first_workday(ctx: Context, lead: re.Match) -> DateHit | None:
    """The news day for a year's first working day (2020年第一个工作日，…) in a story of 2 to 4 January of that year
    (China's New Year holidays move it within those days); else None: the year gives no day."""
    ref = ctx.reference_date
    if not lead["new"] or ref is None or ref.year != int(lead["year"] or ref.year) or not (ref.month == 1 and 2 <= ref.day <= 4):
        return None
    return DateHit(lead.start("new"), lead.end("new"), lead["new"], None, None, None, None, 0)


# a ceremony told as also attended (X还与Y共同出席…开业仪式), no day of its own in its sentence
_ALSO_ATTENDED_RITE = re.compile(ALSO_RITE + r"(?:出席|参加)了?$")


_MINUTES = "纪要"


def _words_only(ctx: Context, h) -> bool:
    """Whether ``h`` is told in someone's words (X指出，…) whose sentence writes no day of its own."""
    s, e = ctx.rec.sentences[ctx.rec.sentence_of(h.start)]
    return bool((w := _WORDS_OPEN.match(ctx.text, s)) and w.end() <= h.start and not any(s <= d.start < e for d in ctx.rec.dates))


_BARE_PART_OPENS = re.compile(r"[\s\u3000]*(?:当天|当日|同日)?(?P<part>上午|下午|晚上|晚间|中午)[，,]")


def _part_of_day(ctx: Context, date_hit: DateHit, hits) -> str | None:
    """The part of day of the meeting's own sentence where it opens on one bare (28日上午，…。下午，X主持召开座谈会:
    下午), else its date's."""
    rec = ctx.rec
    body = [h for h in hits if not rec.in_headline(h.start)]
    if body and rec.sentence_of(date_hit.start) < (k := rec.sentence_of(body[0].start)) \
            and (o := _BARE_PART_OPENS.match(ctx.text, rec.sentences[k][0])) and o.end() <= body[0].start:
        return "晚上" if o["part"] == "晚间" else o["part"]
    return date_hit.part_of_day


def _date_for(ctx: Context, hits) -> DateHit | None:
    """The date written next after the name (…安全会议26日开幕), else the last before it in
    its sentence, else the body's first date (also for a meeting named only in the title)."""
    rec = ctx.rec
    body = [h for h in hits if not rec.in_headline(h.start)] or hits
    if body and _RECENTLY.search(ctx.text, max(0, body[0].start - 16), body[0].start):
        return None  # 在近日召开的…座谈会上: the text gives no day (not the 今天 of 今天出版的人民日报)
    if body and (ctx.text.startswith(_MINUTES, body[0].end) or f"{body[0].name}纪要" in ctx.text[max(0, body[0].start - 200) : body[0].start]):
        # 美联储19号公布的10月份货币政策例会纪要。纪要显示，参加货币政策例会的官员: the day its minutes came out, not the sitting's
        return None
    if body and all(_words_only(ctx, h) for h in body) and not (ctx.doc.title and body[0].name[-4:] in ctx.doc.title):
        # (not the headline's meeting, told in the body by another name: 出席中缅建交70周年庆祝活动暨…启动仪式)
        return None  # 当地时间15日，…。习近平指出，我很高兴…并出席世界经济论坛年会: named in one's words, dated by none of them
    if body and ctx.text.startswith(("决定：", "决定:"), body[0].end) \
            and not any(rec.sentences[rec.sentence_of(body[0].start)][0] <= d.start < body[0].start for d in rec.dates):
        return None  # …常务委员会第七次会议决定：将9月3日确定为…: the days of the decision read out, not the sitting's
    if body and _ONGOING_HOST.search(ctx.text, max(0, body[0].start - 24), body[0].start) and _HOSTS_ANOTHER.match(ctx.text, body[0].end):
        return None  # 19号，正在日内瓦举行的…大会召开…技术会议: the day of the sitting within it, not its own (opened before)
    if body and body[0].name.endswith(("谈判", "和谈", "磋商")) and _ONGOING_HOST.search(ctx.text, max(0, body[0].start - 24), body[0].start) \
            and not _GREETS_ONGOING.match(ctx.text, body[0].end):  # (向正在…举行的…磋商致贺信: greeted on a day it goes on)
        return None  # 继续关注正在瑞士举行的新一轮叙利亚和谈，…1月31号…: talks going on for days, the day told another act's
    if body and ctx.reference_date and (y := _NAMED_YEAR.search(body[0].name)) and int(y[1]) <= ctx.reference_date.year - 2 \
            and not any(d.year == int(y[1]) for d in rec.dates) and not _ITS_ANNIVERSARY.search(body[0].name):
        return None  # 2010年二十国集团峰会 in a story of 2013: a meeting of a year long past, cited; the story gives no day of it
    if body and _SITTING_RECALLED.search(body[0].name) and _recalled(ctx, mentions := _sitting_mentions(ctx.text, body)):
        # 在2017年的全国两会上，总书记来到四川代表团参加审议 in a story of 2021: a past sitting, dated only by a day of its own
        # sentence (2015年3月8日，…在参加…审议时), never by another sentence's or the news day
        return next((d for at in mentions for d in rec.dates if _sentence_start(ctx.text, at) <= d.start < at
                     and d.day is not None and d.year is not None), None)
    if body and _ATTENDING_SOON.search(ctx.text, max(0, body[0].start - 20), body[0].start) and _THEN_DATED_ACT.match(ctx.text, body[0].end):
        return None  # 在出席…峰会后，于22日在上海召开…: the day of the act after it, its own not told
    if body and body[0].name.endswith(("仪式", "典礼")) and _ALSO_ATTENDED_RITE.search(
            ctx.text, (sent := rec.sentences[rec.sentence_of(body[0].start)])[0], body[0].start):
        days = {(d.month, d.day) for d in rec.dates if d.day is not None and d.start < sent[0] and not rec.in_meta(d.start) and not rec.in_headline(d.start)}
        if len(days) > 1 and not any(sent[0] <= d.start < body[0].start for d in rec.dates):
            return None  # 26日会见A，并于27日同B会谈。…X还与B共同出席…开业仪式: which of the days, not told
    if body and body[0].name.endswith(_TOUR_STOP):
        # a lecture tour's stop is dated by its own sentence only (11月17日，在A大学…。在B大学，…作宣讲报告: B's day not told)
        sent = rec.sentences[rec.sentence_of(body[0].start)]
        return next((d for d in rec.dates if sent[0] <= d.start < body[0].start and not rec.in_meta(d.start)), None)
    if body and _DAYS_AGO_JUST_BEFORE.search(ctx.text, max(0, body[0].start - 4), body[0].start):
        return None  # 14日，…公布了普京近日与…座谈的内容: the day of the report, the talk's not told
    if any(ctx.text.startswith(("日前", "近日"), h.end) or _DAYS_AGO_INSIDE.search(ctx.text, h.start, h.end) for h in body):
        return None  # …博览会日前在连云港开幕 (also under a flash's sub-headline naming it), 大使馆近日举行…招待会: the text gives no day
    # 日前，X主持召开…会议 (a summons also X日前召见…): held days ago, the text gives no day
    told_before = (_RECENTLY_HELD, _DAYS_BEFORE_SUMMONS) if body and ctx.text.startswith(("召见", "约见"), body[0].start) else (_RECENTLY_HELD,)
    if body and any((v := told.search(ctx.text, rec.sentences[rec.sentence_of(body[0].start)][0], body[0].start))
                    and not any(v.start() <= d.start < body[0].start for d in rec.dates) for told in told_before):
        return None
    if body and (v := _RECENTLY_HELD_LONG.search(ctx.text, rec.sentences[rec.sentence_of(body[0].start)][0], body[0].start)) \
            and not any(d.start >= v.start() and not rec.in_meta(d.start) for d in rec.dates):
        return None  # 我驻A和驻B大使馆近日也分别举办了…座谈会 after 26号 of another event: no day of its own, none told later either
    if body and (lead := _BACK_TO_WORK_LEAD.match(ctx.text, rec.sentences[rec.sentence_of(body[0].start)][0])) and lead.end() <= body[0].start \
            and not any(lead.end() <= d.start <= body[0].end + 4 for d in rec.dates):
        # 节后上班第一天，…就召开…大会: a day the text names by the holiday, gives no date of (unless told later: 大会于2月11日…举行)
        return next((d for d in rec.dates if d.start > body[0].end and d.day is not None and not rec.in_meta(d.start)
                     and (it := _IT_HELD_ON.search(ctx.text, max(body[0].end, d.start - 6), d.start)) and body[0].name.endswith(it["it"])
                     and _HELD_THEN.match(ctx.text, d.end)), None) or _first_workday(ctx, lead)
    if body and (lead := _NO_DAY_LEAD.match(ctx.text, rec.sentences[rec.sentence_of(body[0].start)][0])) and lead.end() <= body[0].start \
            and not any(lead.end() <= d.start <= body[0].end + 4 for d in rec.dates):
        return None  # 近日，…座谈会在北京召开 (after 12日，X出席…会议): the text gives no day, none of another sentence's
    if body and (during := _HELD_DURING_A_FAIR.match(ctx.text, rec.sentences[rec.sentence_of(body[0].start)][0])) and during.end() <= body[0].start \
            and not any(rec.sentences[rec.sentence_of(body[0].start)][0] <= d.start <= body[0].end + 4 for d in rec.dates):
        return None  # …博览会今天闭幕。期间举办了“…论坛”: held on some day of the fair, not the day it closed
    for h in body:  # a later mention when the first has none: a flash's sub-headline, then its text
        after = next((d for d in rec.dates if h.end <= d.start <= h.end + 4 and ctx.text[h.end : d.start] in ("", "于", "在", "”", "当地时间")), None)
        if after:
            return after
        if own := next((d for d in rec.dates if h.start < d.start and d.end <= h.end and d.day is not None
                        and _CONVENED_THEN.match(ctx.text, d.end)), None):
            return own  # 朝鲜劳动党中央政治局15号召开会议: the body's day, read with the name
        sent = rec.sentences[rec.sentence_of(h.start)]
        in_sent = [d for d in rec.dates if sent[0] <= d.start < h.start and not rec.in_meta(d.start)]
        if not in_sent and h is body[0] and _MONTH_ONLY.search(ctx.text, sent[0], h.start):
            # (the sentence that first tells it, not a later mention: 今年8月下旬，双方就…举行…会议达成协议)
            return None  # 同年11月，…会议在北京举行: a month told, no day (not the story's first date)
        if in_sent and _THEN_AFTER.match(ctx.text, h.end) and (named := _dated_later(ctx, h, body)):
            return named  # 31号凌晨，…举行特别峰会后表示，…在30号的特别峰会上: the day of the words after it, its own told later
        if in_sent and h.name.endswith(("会晤", "会谈")) and _LEFT_AFTER.match(ctx.text, h.end) \
                and _ENDED_VISIT.search(ctx.text, in_sent[-1].end, h.start):
            return None  # 15日晚，X结束访问并举行…会晤后离开…: the day of leaving, the talks' own not told
        if in_sent and in_sent[-1].end_day is not None and _TRIP_TO.search(ctx.text, in_sent[-1].end, h.start) \
                and not ((d := resolve_date(in_sent[-1], ctx.reference_date)[0]) and ctx.reference_date and d > ctx.reference_date):
            return None  # X18日至20日赴俄罗斯出席…会议: the trip's days, the meeting's own not told
        if in_sent:
            # 截至12月7日，…已召开…: a tally, no day; 22日、23日…分别会见…: which day is not said
            if len(in_sent) > 1 and _days_it_held(ctx.text, in_sent[-2], in_sent[-1], h):
                return in_sent[-2]  # 本月6号、7号在开罗举行的…首脑会议: two days of one meeting, opened on the first
            if (r := _REPORTED_ON.match(ctx.text, in_sent[-1].end)) and r.end() <= h.start \
                    and not _SAME_DAY.search(ctx.text, r.end(), c.start() if (c := _CLAUSE_END.search(ctx.text, h.end)) else len(ctx.text)):
                return None  # 俄总统新闻局今天发布消息称，普京与X进行电话会谈时…: the day of the report, not of the talk (…13号称，X和Y当天通电话: of both)
            if len(in_sent) > 1 and ctx.text.endswith("两次", 0, h.start):
                return in_sent[-2]  # 9日和10日，X先后主持召开两次…座谈会: one record of two sittings, dated by the first
            return None if _deadline(ctx.text, in_sent[-1]) or _day_listed(ctx, in_sent[-1]) else in_sent[-1]
    if body and all(_LEARNT.match(ctx.text, h.end) and ctx.text[h.start - 1 : h.start] == "从" for h in body):
        return None  # 记者从…大会上了解到 with no day in its sentence: where the news was learnt, on no day the text gives
    if body and _DAYS_RUNNING.search(ctx.text, rec.sentences[rec.sentence_of(body[0].start)][0], body[0].start):
        return None  # 连日来，…举行网络视频会议: several over the last days, none dated (unless a later mention has its day)
    if body and (lead := _THESE_DAYS.search(ctx.text, rec.sentences[rec.sentence_of(body[0].start)][0], body[0].start)) \
            and not any(lead.end() <= d.start < body[0].start for d in rec.dates):
        return None  # 这几天，在…合作社，一场分红大会正在举行: one of the last days, which not told
    if body and all(_EACH_ATTENDS.search(ctx.text, max(0, h.start - 30), h.start) and not ctx.text.startswith(("、", "和", "及", "与"), h.end) for h in body) \
            and not any(rec.sentences[rec.sentence_of(h.start)][0] <= d.start < h.start for h in body for d in rec.dates):
        return None  # X、Y分别出席有关反馈会议 with no day in its sentence: several sittings, on days not told
    if body and (later := _RECENT_IN_CLAUSE.match(ctx.text, body[0].end)) and not any(body[0].end <= d.start < later.end() for d in rec.dates):
        return None  # 中拉科技创新论坛举行2021年…论坛近日以视频方式举行: the clause gives no day, told again
    if body and _EARLIER_OPENING.match(ctx.text, rec.sentences[rec.sentence_of(body[0].start)][0], body[0].start):
        return None  # 此前，X主持召开…会议 in a story of a later meeting: held before the day told, on none the text gives
    if body and (_STAY_OPENING.match(ctx.text, rec.sentences[k0 := rec.sentence_of(body[0].start)][0])
                 or k0 > 0 and _STAY_OPENING.match(ctx.text, rec.sentences[k0 - 1][0]) and _GOES_ON_ALSO.match(ctx.text, rec.sentences[k0][0])
                 and not any(rec.sentences[k0][0] <= d.start < body[0].start for d in rec.dates)) \
            and (told := next((d for d in rec.dates if d.start < body[0].start and not rec.in_meta(d.start) and not rec.in_headline(d.start)), None)) \
            and told.end_day is None:
        # 习近平是18日抵达澳门的。在澳门期间，…会见了…: one day of the stay, the text gives none (not 21号和22号，访问…。
        # 访新期间，X还会见了…: the visit's days told, the golds' first)
        return None
    if body and (after := _DAY_AFTER_ANOTHER.search(ctx.text, rec.sentences[rec.sentence_of(body[0].start)][0], body[0].start)):
        # 在调研之后的第二天，X召开…: timed by another act, the text gives no day (X11日抵达莫斯科。抵达后的第二天，…: the 12th)
        return _day_after_act(ctx, after)
    if body and _BEFORE_ANOTHER.search(ctx.text, rec.sentences[rec.sentence_of(body[0].start)][0], body[0].start):
        return None  # 阿利耶夫在签署声明前与普京举行视频会谈时: timed by another act, the text gives no day
    if body and all(_CITED_SOURCE.search(ctx.text, max(0, h.start - 2), h.start) for h in body):
        return None  # 据…新闻发布会介绍 with no day in its sentence: a source cited, on a day the text does not give
    if body and _ON_ITS_OCCASION.match(ctx.text, body[0].end):
        return None  # 在…峰会召开之际，…: timed by the meeting itself, no day in its sentence (not an earlier sentence's 25日)
    # (not a day in someone's words: 李克强表示，今天我们共同见证了…)
    deadlines = [d for d in rec.dates if _DEADLINE_DAY.match(ctx.text, d.end)]
    body_dates = [d for d in rec.dates if not rec.in_meta(d.start) and not rec.in_headline(d.start) and not _deadline(ctx.text, d) and not _in_force_from(ctx.text, d)
                  and d not in deadlines
                  and not _SAYS.search(ctx.text, rec.sentences[rec.sentence_of(d.start)][0], d.start) and not _present_named(ctx, d)
                  and not _PLANNED_DAY.search(ctx.text, max(0, d.start - 12), d.start) and not _BACK_ON.match(ctx.text, d.end)]
    if body and (own := rec.sentences[rec.sentence_of(body[0].start)]) and not any(own[0] <= d.start < own[1] for d in body_dates) \
            and any(d.start < body[0].start for d in deadlines):
        return None  # 3月29日是…的最后期限。…召开内阁会议…。X12日表示: a deadline's day and others', none the meeting's
    that_day = bool(body and _THAT_DAY.search(ctx.text, (s0 := rec.sentences[rec.sentence_of(body[0].start)][0]), body[0].start))
    if body and _SAME_DAY_AS.search(ctx.text, s0, body[0].start) and not that_day:
        # 蓬佩奥10日宣布…。同一天，鲁哈尼在内阁会议上表示: the day of the sentence before (去年5月8日 a past one's;
        # 上周访问了…。同日，…: none written), never the dateline's
        k = rec.sentence_of(body[0].start)
        prev = [d for d in body_dates if d.start < s0 and not _BOUND.match(ctx.text, d.end) and not ctx.text.startswith("电", d.end)]
        last = prev[-1] if prev else None
        if k and _VAGUE_TIME.search(ctx.text, *rec.sentences[k - 1]) and not (last and last.start >= rec.sentences[k - 1][0]):
            return None  # (the sentence before tells a time with no day: 上周, 日前)
        if last and (ctx.text.endswith(("去年", "前年"), 0, last.start) or last.year and ctx.reference_date and last.year < ctx.reference_date.year):
            return None  # a day of an earlier year: a past meeting referred to, none of the story's
        return last if last and (last.day is not None or last.relative_days is not None) and last.end_day is None and not _day_listed(ctx, last) else None
    if that_day and not any(d.start < s0 for d in body_dates):
        return None  # 当天晚上，X主持召开… with no day told before: the day of an event in an earlier story
    if that_day and (retold := _told_before_day(ctx, body[0], s0, body_dates)) is not None:
        return retold  # 18日，X分别接见了A、B。…16日召开。当日，X还接见B: the day of the sentence that first told it, not the last told
    if body and (before := _DAY_BEFORE.match(ctx.text, s0)):
        return _day_before(ctx, before, [d for d in body_dates if d.start < s0])  # 13日，…。此前一天，X会见了Y: the 12th
    title, item_title = ctx.article.title if ctx.article else ctx.doc.title, False
    if body and title and _FLASH.search(title) and (items := _items(ctx.text)):
        # a news flash: the first date of the meeting's own item, none from another item's news
        lo = max((t for t in items if t <= body[0].start), default=0)
        hi = min((t for t in items if t > body[0].start), default=len(ctx.text))
        body_dates = [d for d in body_dates if lo <= d.start < hi]
        item_title = lo in items and "\n" not in ctx.text[lo : body[0].start]  # named in its item's title line
    then = bool(body and _THEN_OPENING.match(ctx.text, s0))  # 22日，…出席了阅兵活动。随后，X与Y举行了会谈: that day's
    # 会谈后，双方共同出席…: the last day written as a date up to the talks' sentence (not 昨天 in someone's words)
    written = bool(body and (after := _TALKS_THEN.match(ctx.text, s0)))
    told = _talks_told_end(ctx, after["after"], s0) if written else None
    if (that_day or then or written) and (last := next((d for d in reversed(body_dates) if d.start < (told or s0) and not _BOUND.match(ctx.text, d.end)
                                                        and not _round_ahead(ctx, d) and (d.day is not None or not written)), None)) \
            and (last.day is not None or last.relative_days is not None) and not _day_listed(ctx, last):
        return last  # 25日，代表团抵达。…X当天与代表团会谈: the day last told, not the story's first
    if body and (opening := _paragraph_day(ctx, body[0], body_dates)) is not None:
        return opening  # 22日下午，X来到某旅视察。在停机坪，X接见了…: the day its paragraph opens on, not the trip's first
    if body_dates and body and (body_dates[0].part_of_day in ("晚上", "晚", "晚间") or ctx.text.startswith("晚", body_dates[0].end)) \
            and _NEXT_MORNING.search(ctx.text, body_dates[0].end, body[0].start):
        return None  # 30号晚，X离开巴黎。当地时间上午10时许，…抵达…举行欢迎仪式: the next day, not written
    if body and ctx.reference_date and len(body_dates) > 1 and body_dates[0].year is not None and body_dates[0].year < ctx.reference_date.year \
            and body_dates[1].start < body[0].start and (body_dates[1].year is None or body_dates[1].year == ctx.reference_date.year) \
            and rec.sentence_of(body_dates[0].start) < rec.sentence_of(body[0].start):
        # 1976年7月28日凌晨，唐山发生…地震。…28日上午，X来到唐山…。下午，X主持召开座谈会: a past year's day recalled, the
        # story's own told after it
        body_dates = body_dates[1:]
    if body and body_dates and ctx.reference_date and (back := [int(y[1]) for y in _YEAR_MONTH.finditer(ctx.text, body_dates[0].end, body[0].start)
                                                            if int(y[1]) < ctx.reference_date.year]):
        # …参加中共第一次全国代表大会的。1921年7月23日，中国共产党第一次全国代表大会…举行: its day where the next
        # sentence tells it again, dated in that year; else none
        k = rec.sentence_of(body[0].start) + 1
        short = _PARTY_FULL.sub("中共", body[0].name)
        return next((d for d in rec.dates if k < len(rec.sentences) and d.start == _sentence_start(ctx.text, d.start) and rec.sentence_of(d.start) == k
                     and d.year == back[-1] and d.day is not None and any(rec.sentence_of(h.start) == k and _names_one(_PARTY_FULL.sub("中共", h.name), {short})
                                                                          for h in rec.meetings)), None)  # 从今天起，…讲述…。2011年8月，…竣工。…出席了通车仪式: the story has gone back to an earlier month
    if body and body_dates and body_dates[0].start > body[0].end and _ONGOING.match(ctx.text, body[0].end) \
            and not _AT_IT.search(ctx.text, *rec.sentences[rec.sentence_of(body_dates[0].start)]):
        return None  # …会议正在利马举行。…X2号在接受采访时…: the day of something else, the meeting's not told
    if body and body_dates and body_dates[0].start > body[0].start and _later_event(ctx, body_dates[0], body):
        return None  # 欢迎仪式后，X同Y举行会谈。…当地时间10日上午，X分别会见了…: the day of what came after
    if body and body_dates and body_dates[0].day is not None and body_dates[0].start > body[0].end \
            and ctx.text.find("\n", body[0].end, body_dates[0].start) >= 0 and not item_title and (
                not _TELLS_MEETING.search(ctx.text, *rec.sentences[rec.sentence_of(body_dates[0].start)]) or _day_of_another_stop(ctx, body[0], body_dates[0])):
        # (not under a flash item's title line that names it: 国新办发布会介绍… / 国新办今天（6日）邀请…, its item's news)
        return None  # …出席…峰会并讲话。…《柳叶刀》27日在社论中…: a later paragraph's day (written, not 今天) of something else
    if body and body_dates and body_dates[0].end_day is not None and body_dates[0].start > body[-1].end \
            and ctx.text.find("\n", body[-1].end, body_dates[0].start) >= 0:
        return None  # …会见女排代表。…\n2019年女排世界杯9月14日至29日在日本举行: a later paragraph's span, another event's days
    if body and body_dates and body_dates[0].start > body[0].end and body_dates[0].year is not None and ctx.reference_date \
            and body_dates[0].year < ctx.reference_date.year and not any(ctx.rec.sentence_of(h.start) == ctx.rec.sentence_of(body_dates[0].start) for h in body):
        return None  # 新年伊始，X主持召开…汇报会。…2015年7月31日，…获得…举办权: a later sentence's day of an earlier year, another event's
    if body and body_dates and body_dates[0].end < body[0].start and _roundup_item(ctx, body_dates[0], body):
        return None  # 近日，我驻多国使馆举行…活动。25日，驻A使馆举行招待会。在驻B使馆举办的招待会上: A's day, not B's
    return body_dates[0] if body_dates and not _day_listed(ctx, body_dates[0]) else None


# where a stop of a trip opens its sentence (在新德里，X还会见了…), not a time nor a sitting (在会上, 在此期间)
_STOP_OPENING = re.compile(r"[\s\u3000]*在(?P<place>[\u4e00-\u9fff]{2,6}?)(?<![上中间后前时])(?<!这里)(?<!那里)(?<!国内)[，,]")


def _day_of_another_stop(ctx: Context, h, d: DateHit) -> bool:
    """Whether ``h``'s sentence opens on a place (在新德里，) that the sentence of a later day ``d`` never names
    (14号，X在孟买会见…): another stop's day, not the meeting's."""
    rec = ctx.rec
    opening = _STOP_OPENING.match(ctx.text, rec.sentences[rec.sentence_of(h.start)][0])
    return bool(opening and opening.end() <= h.start and opening["place"] not in ctx.text[slice(*rec.sentences[rec.sentence_of(d.start)])])


# one going on, named as where another sits: 正在日内瓦举行的…大会召开…会议
_GREETS_ONGOING = re.compile(r"(?:致|发来)了?(?:贺信|贺电|贺词)")
_ONGOING_HOST = re.compile(r"正在[^。；;，,]{0,16}?(?:举行|召开)的$")
_HOSTS_ANOTHER = re.compile(r"[^。；;，,]{0,8}?(?:召开|举行)(?!的)")
_TRIP_TO = re.compile(r"(?:赴|前往|出访)[^。；;，,]{0,12}?(?:出席|参加)$")
_PARAGRAPH_DAY = re.compile(r"[\s\u3000]*(?:当地时间)?(?:\d{1,2}月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]")


# an audience's or visit's act word before whom it receives: the rest names the event told again (接见|驻湖北部队…主官)
_RECEIVES = re.compile(r"(?:集体)?(?:会见|接见|看望|慰问)(?:了)?")


def _told_before_day(ctx: Context, h, s0: int, body_dates: list[DateHit]) -> DateHit | None:
    """The day of an earlier sentence that already told the event ``h`` names (its guests written there whole:
    18日，X分别接见了A、驻湖北部队…主官。…当日，X还接见驻湖北部队…主官): the day 当日 points back to, not
    the last one told in between (…党代会16日在武汉召开); None where no earlier sentence tells it with a day."""
    rec = ctx.rec
    if not (verb := _RECEIVES.match(h.name)) or len(guests := h.name[verb.end():]) < 6:
        return None
    at = ctx.text.rfind(guests, 0, s0)
    if at < 0 or rec.in_headline(at) or rec.in_meta(at):
        return None
    sent = rec.sentences[rec.sentence_of(at)]
    own = [d for d in body_dates if sent[0] <= d.start < at and d.day is not None and d.end_day is None]
    return own[-1] if own else None


def _paragraph_day(ctx: Context, h, body_dates: list[DateHit]) -> DateHit | None:
    """The day that opens the paragraph of ``h`` (22日下午，…) in a story told day by day, when no other day is told
    between it and ``h`` and the story's first day is an earlier one (习近平5月21日至23日在…考察)."""
    text = ctx.text
    p = text.rfind("\n", 0, h.start) + 1
    if p == 0 or not (m := _PARAGRAPH_DAY.match(text, p)):
        return None
    days = [d for d in body_dates if p <= d.start < h.start]
    if not days or days[0].start >= m.end() or days[0].day is None or any(d.day is not None or d.relative_days is not None for d in days[1:]):
        return None
    if not (body_dates[0].start < p and body_dates[0].day != days[0].day):
        return None
    # 12日，…会谈。次日，…出席论坛 / 两天后，…主持召开座谈会: the paragraph's day counted on (none past the month's 28th)
    cues = [c for c in _DAYS_LATER.finditer(text, m.end(), h.start) if text[c.start() - 1] in "。；;！？!?，,\n"]
    if not cues:  # (only a day that opens its clause moves the story on: not 商定第二天签署, 建交第二天签署的文件)
        return days[0]
    later = sum(_NUMBER.get(c["n"], 2) - 1 if c["n"] else _NUMBER.get(c["k"], 1) for c in cues)
    published = ctx.reference_date  # (the article's date where it has one, as every other date of the story)
    if days[0].end_day is not None or days[0].day + later > 28 \
            or published is not None and days[0].day <= published.day < days[0].day + later:
        return None  # (nor a day counted on past the story's own)
    return dataclasses.replace(days[0], start=cues[-1].start(), end=cues[-1].end(), text=cues[-1].group(), day=days[0].day + later)


# a day after the one told (次日, 翌日, 第二天, 隔天, 两天后): 第N天 is N-1 days on, N天后 N days
_DAYS_LATER = re.compile(r"次日|翌日|隔天|隔日|第(?P<n>[二三四五])天|(?<![\d十百零〇])(?P<k>[一两二三四五])天(?:之)?后")
_NUMBER = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5}


_ROUNDUP_LEAD = re.compile(r"[^。；;！？\n]{0,30}?(?:近日|日前|连日来|近期|近来|这几天|这两天)[，,]")
# a lead on what several places each did, with no day (为学习…精神，西藏、湖南分别邀请专家…辅导): a roundup of their items
_EACH_PLACE_LEAD = re.compile(r"(?P<lead>[^。；;！？\n]{0,80}?)[、和](?P<last>[^。；;！？\n，,、]{1,10}?)分别")
_CONJUNCT_BREAK = re.compile(r"[，,：:、]")


def _each_place_lead(text: str, at: int) -> bool:
    """Whether the sentence at ``at`` opens on what several places each did (西藏、湖南分别邀请专家…), its conjuncts
    places (not 国家主席X和国务院总理Y分别致电…: people, whose acts tell no roundup)."""
    m = _EACH_PLACE_LEAD.match(text, at)
    first = m and _CONJUNCT_BREAK.split(m["lead"])[-1]
    return bool(m) and all(w and _a_place(w) for w in (first, m["last"]))


_PLACES_OWN = 3  # what may follow a place in a conjunct of places (甘肃省委, 湖南省政府), too short for a title and a name


def _a_place(w: str) -> bool:
    """Whether ``w`` is a place (湖南, 甘肃省) or its body (甘肃省委), not one titled by it (甘肃省委书记X)."""
    return any(w[:k] in lexicons.places() and len(w) - k <= _PLACES_OWN for k in (4, 3, 2)) or foreign_place(w) \
        or lexicons.country_re().fullmatch(w) is not None


_PART_OF_DAY_OPENING = re.compile(r"[\s\u3000]*(?:上午|下午|中午|晚上|当晚)[，,]")


def _roundup_item(ctx: Context, date: DateHit, hits) -> bool:
    """Whether ``date`` is the day of another meeting told in a sentence of its own in a story that opens on no
    day (近日，…): a roundup of several events, each with its own day (none for those the text gives none)."""
    rec = ctx.rec
    first = next((k for k, (s, e) in enumerate(rec.sentences) if not rec.in_meta(s) and not rec.in_headline(s)), None)
    if first is None or rec.sentence_of(date.start) == first or not (_ROUNDUP_LEAD.match(ctx.text, rec.sentences[first][0]) or (
            _each_place_lead(ctx.text, rec.sentences[first][0]) and not any(rec.sentence_of(d.start) == first for d in rec.dates))):
        return False
    if _PART_OF_DAY_OPENING.match(ctx.text, rec.sentences[rec.sentence_of(hits[0].start)][0]) \
            and not any(date.end <= d.start < hits[0].start for d in rec.dates):
        return False  # 今天，X在宁夏作宣讲报告。…下午，X来到这里…座谈: a bare part of day goes on from the day last told
    s, e = rec.sentences[rec.sentence_of(date.start)]
    name = hits[0].name
    if nxt := next((d for d in rec.dates if date.end <= d.start < hits[0].start and not rec.in_meta(d.start)), None):
        # (the day's whole item, up to another item's day: 今天，X在乌鲁木齐宣讲…。2万余人参加报告会。…22日至23日，…)
        e = max(e, nxt.start)
    brk = ctx.text.find("\n", date.end, hits[0].start)
    # (a paragraph of its own, or a sentence: paragraphs closed by 。 are joined without a break)
    return (brk >= 0 or rec.sentence_of(date.start) != rec.sentence_of(hits[0].start)) \
        and any(s <= h.start < e and not _names_one(h.name, {name}) for h in rec.meetings)  # (held or not: 共同举办…招待会, the day its own)


def _day_before(ctx: Context, cue: re.Match, told: list[DateHit]) -> DateHit | None:
    """The day before the one told last (13日，…。此前一天，X会见了Y: the 12th), read at the cue; none when no
    single day is told before it or it is a month's first (which month is then the reader's sum)."""
    last = next((d for d in reversed(told) if not _BOUND.match(ctx.text, d.end) and not _day_listed(ctx, d)), None)
    if last is None or last.end_day is not None:
        return None
    at = {"start": cue.start(), "end": cue.end() - 1, "text": cue.group().strip()[:-1]}
    if last.relative_days is not None:
        return dataclasses.replace(last, **at, relative_days=last.relative_days - 1)
    return dataclasses.replace(last, **at, day=last.day - 1) if last.day and last.day > 1 else None


# (…15号|在平壤召开会议, 联合国安理会17号|就南苏丹局势召开闭门会议: the topic told before the verb)
_CONVENED_THEN = re.compile(r"(?:上午|下午|中午|晚上|晚间|晚)?(?:在[^，,。；;在]{1,12}?)?(?:就[^，,。；;就]{1,16}?)?" + _CONVENES)
# a day, then a report told in its clause (今天发布消息称，, 昨天报道称，): what follows is what the report says
_REPORTED_ON = re.compile(r"[^，,。；;“”]{0,16}?称[，,：:]")
_SAME_DAY = re.compile(r"当天|当日(?!本)|同日(?!本)|同一天")  # the report's day told again (X和Y当天通电话), not 当|日本, 同|日本


_AUDIENCE_VERB = re.compile(r"会见|会谈|会晤|接见")
# a sentence that goes on from the meeting (会谈后，两国总理12日…; 随后) or a day told with 还/也 (12日还共同出席…):
# the same day, not a later one's
_GOES_ON = re.compile(r"\s*(?:(?:会谈|会见|会晤|签字仪式|欢迎仪式)(?:结束)?后|随后)")
_ALSO = re.compile(r"(?:上午|下午|晚上|晚间|晚)?(?:还|也)")


def _later_event(ctx: Context, date: DateHit, hits) -> bool:
    """Whether ``date`` falls in a later sentence that tells an audience of another kind (not a joint press
    conference, 共同会见记者), or names another meeting, and none of the meeting's ``hits`` (told in a sentence
    of its own: not a flash item's title line, 俄日和平条约第一轮谈判举行, followed by its day)."""
    k = ctx.rec.sentence_of(date.start)
    s, e = ctx.rec.sentences[k]
    _, told_end = ctx.rec.sentences[ctx.rec.sentence_of(hits[0].start)]
    if any(ctx.rec.sentence_of(h.start) >= k for h in hits) or ctx.text[told_end - 1 : told_end] not in ("。", "；", ";") \
            or _GOES_ON.match(ctx.text, s) or _ALSO.match(ctx.text, date.end):
        return False
    name = hits[0].name
    press = _JOINT_PRESS.fullmatch(name)  # (共同会见记者。…10日，X分别会见了Y和Z: another kind though 会见)
    return any((v[0] not in name or press) and not _JOINT_PRESS.match(ctx.text, v.start() - 2) for v in _AUDIENCE_VERB.finditer(ctx.text, date.end, e)) \
        or any(s <= h.start < e and h.reported and not _names_one(h.name, {name}) for h in ctx.rec.meetings)


_ONGOING = re.compile(r"(?:目前)?正在[^，,。；;]{0,16}?(?:举行|召开)")  # a meeting told going on (…会议正在利马举行), no day of its own
_AT_IT = re.compile(r"发言|讲话|致辞|演讲|辩论|会上|开幕|闭幕")  # a later day's sentence that tells what was said or done at it

# a month told without a day before the name in its sentence: 同年11月，…; 2015年11月，…; 去年10月底，…
_MONTH_ONLY = re.compile(r"(?<![\d年月])(?:(?:19|20)\d\d年|同年|当年|去年|今年|次年|翌年)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份|初|上旬|中旬|下旬|底|末)?[，,]")
_PARTY_FULL = re.compile("中国共产党")  # the party's full name, 中共 its short form in a meeting's name
# a sentence that opens on a month of a year (2011年8月，; 1921年7月下旬的上海，)
_YEAR_MONTH = re.compile(r"(?:^|(?<=[。\n]))\s*((?:19|20)\d\d)年\d{1,2}月(?:初|上旬|中旬|下旬|底|末)?(?:[，,]|的)")
_DAY_AFTER_ANOTHER = re.compile(r"(?:^|(?<=[，,。；;！？\n\s\u3000]))在?(?P<act>[^，,。；;在\d日号]{2,16}?)(?:(?:之后|以后|后)的?|(?<=闭幕|开幕|结束|抵达|到达)的?)(?P<nth>第二天|次日|第[二三四五六七八九十]天)[，,]?[^，,。；;]{0,20}$")
# acts of one moment whose day, told, dates the day after (抵达后的第二天); not a span (调研, 访问) whose end is not told
_ONE_MOMENT_ACT = re.compile(r"抵达|到达|飞抵|离开|离京|启程|出发|回到|返回|会谈|会见|签署|宣誓|就职|当选|开幕|闭幕")
_PART_OF_DAY_THEN = r"(?:上午|下午|晚上|晚间|晚|凌晨|早上|中午)?[^，,。；;\d日号]{0,10}?"
_ON_ITS_OCCASION = re.compile(r"(?:召开|举行|开幕)之际")  # (…峰会召开之际: the occasion the sentence is told on)
_BEFORE_ANOTHER = re.compile(r"在(?:[^，,。；;在\d日号]{2,16}?(?:之前|以前|前夕|前)[^，,。；;]{0,6}"
                             r"|(?:离开|离京|离境|启程|回国|结束)[^，,。；;在\d日号]{0,14}?(?:之前|以前|前夕|前)[，,][^，,。；;]{2,20}?)$")


_DAYS_AHEAD_NEAR = 7  # a day with no month this many days after the news day is one ahead, not last month's
_LAST_MONTH = re.compile(r"上个?月$")  # (上月27日 in a story of the 26th: last month's, as written)
_SUPPOSED = re.compile(r"(?:即便|即使|如果|假如|倘若|一旦|若|预计|有望|将)[^。；;，,]*$")  # a clause that supposes or foresees (即将 too)


def _one_of_two_days(ctx: Context, d: DateHit | None, hits, ordered) -> DateHit | None:
    """Two days joined (28日和29日) before 分别 and two meetings of their sentence after it (分别与A和B通话): each
    meeting its day, in the order told (the call with B the 29th); else ``d`` as read."""
    if d is None or d.end_day is None or _SPAN.search(d.text) or not hits:
        return d
    rec, text = ctx.rec, ctx.text
    k = rec.sentence_of(d.start)
    if rec.sentence_of(hits[0].start) != k or "分别" not in text[d.end : hits[0].start]:
        return d
    each = text.find("分别", d.end)
    # (one cue read as a meeting for each guest: their hits share its start, listed in the order told)
    told = sorted((hs for _, hs in ordered if hs and rec.sentence_of(hs[0].start) == k and hs[0].start > each), key=lambda hs: hs[0].start)
    if len(told) != 2 or not any(hs is hits for hs in told):
        return d
    if told[0] is hits:
        return dataclasses.replace(d, end_month=None, end_day=None)
    return dataclasses.replace(d, month=d.end_month or d.month, day=d.end_day, end_month=None, end_day=None)


def _day_listed(ctx: Context, d: DateHit) -> bool:
    """Whether a day is one of a list of days (22日、23日; 26号下午和27号上午, each with its part of the day), which
    tells no one event's day (a range, 22日至23日 or 22日和23日, is one date hit)."""
    return any(ctx.text[d.end : o.start] in _DAYS_JOINED or ctx.text[o.end : d.start] in _DAYS_JOINED for o in ctx.rec.dates)


_DAYS_JOINED = ("、", "和", "及")


# between the days listed and the meeting held on them: 6号、7号|在开罗举行的|…首脑会议
_HELD_ON_THEM = re.compile(r"(?:在[^，,。；;、]{1,15}?)?(?:召开|举行|举办)的")


def _days_it_held(text: str, first: DateHit, last: DateHit, h) -> bool:
    """Whether two days running, listed (6号、7号), are told as those one meeting was held on, named right after
    them (not 22日、23日，X分别会见…: a day each for several acts)."""
    return text[first.end : last.start] == "、" and first.day is not None and last.day == first.day + 1 \
        and last.month in (None, first.month) and text[first.start - 1 : first.start] != "、" and bool(_HELD_ON_THEM.fullmatch(text, last.end, h.start))


_NEXT_MORNING = re.compile(r"[。\n]\s*(?:当地时间)?(?:上午|早上|清晨|凌晨)")


_QUOTED = re.compile(r"“[^“”]{1,200}”")
_LED_BY_CORE = re.compile(r"以[^，,。；;以]{2,16}?(?:同志)?为(?:核心|总书记)的")
# 参加会见并在总结会议上讲话: 并 joins the second verb, told where or on whose behalf, to the same subject
# (出席会议并代表中央常务委员会作工作报告)
_AND_AT = re.compile(r"[^，,。；;：:]{0,12}?并(?:在[^，,。；;：:在]{1,30}?(?:上|时|中)|代表[^，,。；;：:]{1,30}?)")
_TITLE = re.compile(r"《[^》]*》")  # a speech's title, whose words are none of the cue's (题为《…合作的典范》的讲话)
_CAPTIONED_QUOTE = re.compile(r"\s*[：:]\s*“")
_WORDS_OF = re.compile(r"(?:表示|说|指出|强调|认为)[，,：:]")  # the words another says, the speaker's name inside them
# between a speaker and his cue, speeches of many times (就…多次发表重要讲话, 一再强调): none of them one at the story's sitting
_MANY_TIMES = re.compile(r"多次|一再|屡次|反复|历来|一贯")


# a "present" cue that names no meeting of its own (在会上，, 与会的, 会议召集人、): the one told nearby
_PRESENT_BARE = re.compile(r"在(?:会上|会议上|大会上)[，,]|与会的|在场的|会议召集人[、，,]")


_WATCHERS = ("观看", "陪同下")  # the cues of who is at a show: who watches it, who walks in escorted (the "watched" cue)


# who tells the press (向随行记者介绍了…): an answer given at it only at a press conference (_BRIEFING)
_TO_PRESS = re.compile(r"向[^，,。；;]{0,6}?(?:记者|媒体)们?$")


def _at_press(text: str, held: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether a press conference held is told in the sentence ``s``..``e`` or the one before (…举行新闻发布会。X向中外记者介绍了…)."""
    lo = _sentence_start(text, s - 1) if s > 0 else s
    return any(_BRIEFING.search(text, a, b) for a, b in held if lo <= a < e)


def _commemoration_held(text: str, el: re.Match[str], held: list[tuple[int, int]]) -> bool:
    """Whether ``el`` is a commemoration (纪念活动) and one of the ``held`` meetings is one: that one told again."""
    return el.group().endswith("活动") and any(_MARKS_A_DAY.search(text, a, b) for a, b in held)


_MARKS_A_DAY = re.compile(r"纪念|庆祝|庆典|仪式")  # a meeting that commemorates (举行仪式纪念…, 纪念…大会)


# a sentence opened by a sub-forum named by its quoted theme (在“贸易与开放”论坛，X发表演讲)
_AT_QUOTED_FORUM = re.compile(r"[\s\u3000]*在[^，,。；;“]{0,10}“[^”]{2,20}”(?:分|平行|主题)?(?:论坛|研讨会|会议|对话会)上?[，,]")


def _at_unread_forum(ctx: Context, p: Participation, held: list[tuple[int, int]]) -> bool:
    """Whether ``p`` is told in a sentence opened by a quoted sub-forum none of the ``held`` mentions is: at that one, not another."""
    s, _ = ctx.rec.sentences[p.cue.sentence]
    m = _AT_QUOTED_FORUM.match(ctx.text, s)
    return m is not None and not any(m.start() <= a < m.end() for a, _ in held)


def _held_in_clause(text: str, ce: int, e: int, held: list[tuple[int, int]]) -> bool:
    """Whether one of the ``held`` mentions lies in the rest of the clause from ``ce`` (the sentence ends at ``e``)."""
    end = _CLAUSE_END.search(text, ce, e)
    stop = end.start() if end else e
    return any(ce <= a < stop for a, _ in held)


def _participants(ctx: Context, held: list[tuple[int, int]] = ()) -> list[tuple[int, Participation]]:
    """Cue-based roles, each with where its cue starts (normalised offset); ``held`` are the spans
    of the reported meetings' mentions (在X上，Y表示 makes Y present only when X is one of them)."""
    rec, text = ctx.rec, ctx.text
    persons = [h for h in rec.persons if h.via != "byline" and not rec.in_meta(h.start)]
    out: dict[tuple[str, str, int], Participation] = {}
    starts: dict[tuple[str, str, int], int] = {}
    reported_only: set[tuple[str, str, int]] = set()
    present_only: set[tuple[str, str, int]] = set()
    convened: set[tuple[str, str, int]] = set()
    sat_at = any(h.name.endswith("座谈会") for h in rec.meetings)
    deliberating = any(_DELIBERATING.search(h.name) for h in rec.meetings)
    corridor = next((c for a, b in held for c in CORRIDORS if text[a:b].endswith(c)), "")
    show = any(text[a:b].endswith(_SHOW_KINDS) for a, b in held)  # (a show watched: its watchers attend)
    promotion = any(_PROMOTION.search(text[a:b]) for a, b in held)
    lead = next((s for s, _ in rec.sentences if not rec.in_meta(s) and not rec.in_headline(s)), None)
    plenary = next((m.end() for m in _PLENARY_TOLD.finditer(text) if not rec.in_meta(m.start()) and not rec.in_headline(m.start())), None)
    for s, e in rec.sentences:
        if rec.in_meta(s):
            continue
        in_sent = [h for h in persons if s <= h.start < e]
        if not in_sent and not (corridor and _PRONOUN_SAYS.match(text, s)):
            continue
        met = {(m.start(), m.end()) for m in _MET.finditer(text, s, e)}
        excluded = [(m.start(), m.end()) for rx in (_ENTRUSTED, _INVITED, _ENTRUSTS) for m in rx.finditer(text, s, e)] + sorted(met)
        # a name inside a meeting's name (学习贯彻习近平总书记重要讲话精神座谈会) is no one at it
        excluded += [(h.start, h.end) for h in rec.meetings if s <= h.start < e]
        # nor one inside a quoted theme or words (举办“重温邓小平同志关于…讲话”的专题座谈会)
        excluded += [(m.start(), m.end()) for m in _QUOTED.finditer(text, s, e)]
        # nor the leader a leadership is named by (以习近平同志为核心的党中央)
        excluded += [(m.start(), m.end()) for m in _LED_BY_CORE.finditer(text, s, e)]
        cues = sorted(
            ((m.start(), m.end(), role) for role, rx in _CUES for m in rx.finditer(text, s, e)),
            key=lambda c: c[0],
        )
        prev_end, prev_subjects, elsewhere, future, chaired, hosted, attended = s, [], [], False, None, False, None
        for cs, ce, role in cues:
            if role == "deliberates" and not deliberating:
                continue  # (a colon or 说 of any other story: no cue, no clause break)
            if role in ("orders", "promoted") and not promotion:
                continue  # (orders or a list of those promoted in a story of no promotion ceremony: no cue, no clause break)
            if role == "orders":
                if _ORDERS_ELSEWHEN.search(text, s, cs):
                    prev_end = ce
                    continue
                role = "attendee"
            subjects = [h for h in in_sent if prev_end <= h.start and h.end <= cs and not _inside(h, excluded)
                        and not _WHOSE.match(text, h.end)]
            if role == "attendee" and text.startswith("监誓", cs) and _OATH_PLANNED.search(text, max(s, cs - 50), cs):
                prev_end = ce  # 常委会将于15日举行宪法宣誓仪式，委员长X监誓: an oath still to come
                continue
            if role == "attendee":  # 普京派代表、X出席: who sent his envoy is no attendee (nor the one on whose behalf below)
                subjects = [h for h in subjects if not _SENDS_ENVOY.match(text, h.end - 1)]
            if role == "attendee":  # X说，…陪审员参加审理案件: who says it, the attending is in his words (not X说，很高兴出席…: his own)
                subjects = [h for h in subjects if not ((said := _SAYS.search(text, h.end, cs)) and not _GLAD_TO.match(text, said.end()))]
            # X代表联合国秘书长Y致辞: on whose behalf, not who speaks (but X代表…作报告，Y主持: Y of a clause of his own)
            subjects = [h for h in subjects if not any(_ON_BEHALF.match(text, g.end, h.start) and not _CLAUSE_MARK.search(text, g.end, h.start)
                                                       for g in subjects if g.end <= h.start)]
            # X对Y莅临…出席…大会表示欢迎: the one welcomed or thanked comes to it, not who welcomes him
            subjects = [h for h in subjects if not _WELCOMES_COMING.search(text, h.end, cs)]
            # X与Y举行会谈后，出席…(与Z举行…对话): the one he met before is no subject of his next act (not …后，双方共同出席)
            subjects = [h for h in subjects if not _met_before(text, s, h, cs)]
            if role == "attendee":  # X邀请…代表，参加…招待会: those invited attend, not who invited them
                subjects = [h for h in subjects if not ((iv := _INVITES.match(text, h.end)) and iv.end() <= cs)]
            if role == "chair" and text.startswith("的", ce) and _RECALLED_CHAIR.search(text, max(s, cs - 32), cs):
                prev_end = ce  # 回顾X在这里主持召开的重要会议: meetings he chaired then, recalled
                continue
            if role == "chair" and _WORK_CHAIRED.match(text, ce):
                prev_end = ce  # 当时他正在主持联邦调查局关于…的调查: a work led, no meeting chaired
                continue
            if role == "chair":  # X代表…作报告，Y主持开幕会: the chair is the cue's clause's own subject
                subjects = _own_clause_subjects(text, s, cs, subjects, in_sent)
            if role == "chair":  # X因出访，委托Y主持会议: Y chairs, not X who entrusted him (X受…委托主持 chairs)
                subjects = [h for h in subjects if "委托" not in _ENTRUSTED.sub("", text[h.end : cs])]
            if role == "attendee" and text.startswith("与会", cs) and subjects:
                # 普京缺席，外长拉夫罗夫代替与会: who attends is named in the cue's clause (an unread name is no
                # one's); one before it only when the clause says nothing else (…，也与会)
                # (or one of the clauses before it that only list titled names, when the cue's clause lists them
                # too: 市委副书记李明，市委常委王刚、赵强等与会)
                clause = _clause_start(text, s, cs)
                listed = [h for h in subjects if h.start >= clause]
                while listed and (_BARE_JOINED.fullmatch(text, listed[-1].end, cs) or _LIST_CLOSES.fullmatch(text, listed[-1].end, cs)) and clause - 1 > prev_end \
                        and _titled_names_only(text, in_sent, (before := _clause_start(text, s, clause - 1)), clause - 1):
                    clause = before
                subjects = [h for h in subjects if h.start >= clause] or (subjects if _BARE_JOINED.fullmatch(text, clause, cs) else [])
            hosts = []
            if role == "attendee" and (_MET_THOSE.search(text, max(s, cs - 10), cs)
                                       or _WITH_THOSE.search(text, max(s, cs - 4), cs) and text.startswith(("出席", "参加"), cs)
                                       or (joined := _AND_THOSE.search(text, max(s, cs - 6), cs)) and any(h.end == joined.start() for h in in_sent)):
                # 分别会见了出席…峰会的美国总统X、法国总统Y, 同出席博览会的X交谈: the guests named in the clause attend it,
                # not the host, who stays the subject of what his clause goes on to (…的代表，并发表讲话)
                hosts = subjects
                end = _CLAUSE_END.search(text, ce, e)
                subjects = [h for h in in_sent if ce <= h.start and h.end <= (end.start() if end else e)
                            and "的" in text[ce : h.start] and not any(a <= h.start < b for a, b in excluded if (a, b) not in met)]
            if role == "sat":
                # only in the lead (X在京与…负责人座谈，就…进行协商 under a 座谈会 headline): later ones are
                # sittings of a tour, not its 座谈会; none when no 座谈会 is told (a sitting of its own: _audiences)
                if not sat_at or s != lead or _NOT_SAT_WITH.search(_SAT_WITH.match(text, cs)["guest"]) or _MET_BEFORE.search(text, s, cs):
                    continue
                role = "attendee"
                subjects = [h for h in subjects if not _CLAUSE_MARK.search(text[h.end : cs])]
            if role == "deliberates":
                # who speaks, named right before 说, attends the delegation's sitting the story tells (as
                # 在参加…代表团审议时说 makes one present): none in any other story
                subjects = [h for h in subjects if h.end == cs]
                if not subjects:
                    continue
                role = "attendee"
            if role == "corridor":
                # (A代表和B代表: before the on-behalf filter, which reads 代表 there as 代表…致辞)
                listed = [h for h in in_sent if prev_end <= h.start and h.end <= cs and not _inside(h, excluded)]
                if not corridor or not (subjects := _corridor_speakers(text, listed, cs, corridor) or _corridor_antecedent(ctx, persons, s, cs, corridor)) \
                        or _WORDS_OF.search(text, rec.sentences[rec.sentence_of(subjects[0].start)][0], subjects[0].start):
                    continue  # (any other story's words, or a name in another's words: no cue, no clause break)
                role = "attendee"
            if role == "plenary":
                subjects = [h for h in subjects if h.end + 2 == cs and text.startswith(("常委", "委员"), h.end)]
                if not subjects or plenary is None or s < plenary or _PLENARY_LEFT.search(text, plenary, cs):
                    continue  # (a member's words anywhere else, or told after the story turned to another occasion: no cue)
                role = "speaker"
            if role == "deputies":
                # (no 代表 before the cue: only in a sentence that opens at the sitting, and names whose clause lists
                # titled names only: not 王强希望|要求|感谢部长A、部长B就…提出建议, those asked or thanked)
                gap = 2 if text.endswith("代表", 0, cs) else 0
                bare = not gap and text[cs:ce] in ("建议", "提出")
                if bare:  # (A建议，: the names right before it, in a paragraph that opens at the sitting)
                    subjects = [h for h in subjects if h.titles] if subjects and subjects[-1].end == cs else []
                if not sat_at or lead is None or s <= lead \
                        or not gap and not _AT_THE_SITTING.match(text, s) and not (bare and _sitting_paragraph(text, s)) \
                        or not (subjects := _sat_deputies(text, subjects, cs, gap)) \
                        or not gap and not _introduced_list(text, in_sent, _clause_start(text, s, subjects[0].start, _CLAUSE_MARK), subjects[0].start, cs) \
                        or _WORDS_OF.search(text, s, subjects[0].start) or _DEPUTIES_ELSEWHERE.search(text, s, subjects[0].start) \
                        or any(s <= h.start < cs and not h.name.endswith("座谈会") for h in rec.meetings):
                    continue  # (a deputy's words in any other story, or in another's words: no cue, no clause break)
                role = "attendee"
            if role == "watched":
                if not show:
                    continue  # (观看演出 of any other story: no cue, no clause break)
                role = "attendee"
            if role == "promoted":
                role, subjects = "attendee", [h for h in in_sent if ce <= h.start]
            if role == "listed":
                if not _ARRIVED_TO_ATTEND.search(text, max(0, cs - 80), cs):
                    continue
                role, subjects = "attendee", [h for h in in_sent if ce <= h.start]
            if role == "played":
                whose = _PLAYED_WHOSE.match(text, ce)
                role, subjects = "speaker", [h for h in in_sent if whose and ce <= h.start and h.end == whose.end("who") and not _inside(h, excluded)]
                if not subjects:
                    continue
            if role == "lecturer":
                lecturer = next((h for h in in_sent if ce <= h.start), None)
                if lecturer is None or not _LECTURER_TITLED.fullmatch(text, ce, lecturer.start):
                    continue
                role, subjects = "speaker", [lecturer]
            if role == "invited":
                until = _INVITED_UNTIL.search(text, ce, e)
                if until is None or not _HOLDS_BRIEFING.search(text, s, cs):
                    prev_end = ce
                    continue
                role, subjects = "attendee", [h for h in in_sent if ce <= h.start and h.end <= until.start() and not _inside(h, excluded)]
            if role == "present_named":
                if not any(cs <= a < ce for a, _ in held):
                    continue  # a meeting the story only refers to; the cue's words are no clause break
                role = "present"
            if role == "answered":
                if not _answered_at(text, s, cs, held):
                    prev_end = ce  # 发言人X就此作出回应: an answer given anywhere
                    continue
                role = "reporter"
            if role == "briefs":
                if asked := _answer_to(text, s, cs, subjects, held):
                    subjects = asked  # 关于…的问题，X委员表示 after the press conference is told: his answer there
                elif not _answered_at(text, s, cs, held):
                    continue  # X表示 anywhere else: no cue, no clause break
                role = "reporter"
            if role == "dialogue" and not _held_in_clause(text, ce, e, held):
                prev_end = ce  # 愿与Y继续举行…战略对话: no dialogue held, his words of it are no one's attending
                continue
            if role == "dialogue":  # 与Y举行…战略对话: the one it is held with, and the subject
                role, subjects = "attendee", subjects + [h for h in in_sent if cs < h.start and h.end <= ce and not _WHOSE.match(text, h.end)]
            if role == "present" and (joint := _HELD_WITH.match(text, cs, ce)):
                # 阿姆鲁在与Y举行的联合新闻发布会上敦促…: the one he holds it with is there too
                subjects += _held_with(text, joint, ce, [h for h in in_sent if not _inside(h, excluded)])
            reporter, present = role in ("reporter", "present", "present_after"), role in ("present", "present_after")
            if role == "present_after":
                said = _SAID_AFTER.search(text, ce, e)
                named = _PRESENT_BARE.fullmatch(text[cs:ce]) or any(cs <= a < ce for a, _ in held)
                if said is None and text[cs:ce] in ("与会的", "在场的"):
                    said = re.compile(r"[，,；;：:。]|$").search(text, ce, e)  # 现场与会的国务委员兼外长王毅，介绍了…
                subjects = [h for h in in_sent if named and said and ce <= h.start and h.end <= said.start()
                            and not _CLAUSE_MARK.search(text[ce : h.start]) and not _WHOSE.match(text, h.end)
                            and not _NOT_SUBJECT_GAP.search(text, ce, h.start) and "是否" not in text[h.end : said.start()]]
                prev_end, prev_subjects = ce, []
                if not subjects:
                    continue
            if role in ("speaker", "reports") and _nominated(text, s, cs):
                prev_end = ce  # 会议推举X在下次大会上作常委会工作报告、Y作提案工作情况的报告: reports still to come
                continue
            if role == "speaker" and text.startswith("传达", cs) and _ASKED.search(text, s, cs):
                prev_end = ce  # 要求姆努钦向特朗普传达六国的关切: a message asked for, not one told to the meeting
                continue
            if role in ("written", "declined"):
                prev_end, prev_subjects = ce, []
                continue
            if role == "reporter" and _TO_PRESS.search(text, s, cs) and not _at_press(text, held, s, e):
                prev_end = ce  # X出席…会议后，Y向随行记者介绍了…情况: a briefing on it, given outside it (not at a press conference)
                continue
            if role == "reporter" and _heard(text, s, cs, 12) >= 0:
                prev_end = ce  # 刘云山认真听取情况介绍后说: who heard a briefing, not who gave it
                continue
            if role == "reporter" and (heard := _heard(text, s, cs, 80)) >= 0:
                subjects = [h for h in subjects if h.start > heard]  # X听取了Y关于…的汇报: Y reports, not X
            if role in ("reporter", "speaker", "reports"):
                # 听取了X作的关于接受Y辞去…职务的请求的汇报: Y is what the report is about, not who gives it
                # (one who gives a report named there is none: …的议案、署长Y作的关于草案的说明)
                subjects = [h for h in subjects if _REPORT_GIVEN.match(text, h.end) or not _TOPIC_OPEN.search(text, max(s, h.start - 80), h.start)]
            heard_speeches = role == "speaker" and text[cs:ce].endswith("发言") and _heard(text, s, cs, 12) >= 0 \
                or role == "attendee" and _HEARING_CUE.match(text, cs) is not None  # (在认真听取大家发言后指出: likewise)
            if heard_speeches:
                role = "attendee"  # X在认真听取委员们发言后说: he heard the speeches, present (his chair says it too)
            if role == "convener":
                # attends, in his own clause; the subject stays for the clause's later cues (并讲话, 主持…, 传达…)
                past = ctx.reference_date and any(int(y) < ctx.reference_date.year for y in re.findall(r"((?:19|20)\d\d)年", text[s:cs]))
                if not _DUE.search(text, s, cs) and not past:  # not 早在1991年，X在福州工作期间就召开…
                    # 汪洋来到…等地，深入…，看望慰问…，并召开座谈会: the one subject of the chained clauses convenes it
                    chained = len(subjects) == 1 and text[cs - 1 : cs] == "并" and not _NOT_CONVENED_WORDS.search(text, subjects[0].end, cs) \
                        and not _OBJECT_BEFORE.search(text, _clause_start(text, s, subjects[0].start), subjects[0].start)
                    if not subjects and attended == prev_end and len(prev_subjects) == 1 and _ATTENDED_THEN.fullmatch(text, prev_end, cs):
                        subjects, chained = prev_subjects, True  # X出席了…挂牌仪式并召开座谈会: who attends the one convenes the other
                    for h in subjects:
                        # (出席了…挂牌仪式并召开座谈会: attending one before, he convenes another, keyed by its cue)
                        key = (h.name, "attendee", s if (h.name, "attendee", s) not in out or not chained else cs)
                        if (chained or not _NOT_CONVENED.search(text, h.end, cs)) and key not in out:
                            out[key] = Participation(
                                h.name, "attendee", ctx.mention(h.start, h.end, "PERSON", "meetings"), ctx.mention(cs, ce, "CUE", "meetings"), 0.9)
                            starts[key] = cs
                            convened.add(key)
                continue
            if role == "reports":
                role = "speaker"
                subjects = [h for h in subjects if not re.search(r"[,，;；:：]", text[h.end : cs])]
            if reporter:
                role = "attendee"
                # (at a corridor, its list before ，就…等问题，回答了记者提问: _corridor_speakers)
                answering = _corridor_speakers(text, subjects, cs, corridor) if corridor else []
                subjects = [h for h in subjects if not re.search(r"[,，;；:：]", text[h.end : cs]) or _titled_groups(text, h, subjects, cs)
                            or _heard_each(text, s, h, subjects, cs) or h in answering]
                if subjects and _MANDATED.search(text, max(s, subjects[0].start - 40), subjects[0].start):
                    role, reporter = "speaker", False  # 受国务院委托，X作了关于…的报告: a report to the session
            if subjects and role == "attendee" and _ATTRIBUTIVE_OPENS.search(text, max(s, cs - 4), cs) and _AFTER_CUE.match(text[ce : ce + 12]):
                subjects = []  # X提议，出席会议的常委Y、Z等全体起立 (X表示，最终参会的…代表名单…): the clause before has its own verb
            if not subjects and (after := _AFTER_CUE.match(text[ce : ce + 12])):
                if after["kind"] in _OWN_KINDS and _came_elsewhere(ctx, cs) and not any(h.name.endswith(after["kind"]) for h in rec.meetings):
                    prev_end = ce  # 到北京出席活动的X after …东方经济论坛: an activity elsewhere, of a kind none of the story's is
                    continue
                if after["kind"] and _GAMES_NAMED.search(text, ce, ce + after.end("kind")) and not any(re.search(GAMES, h.name) for h in rec.meetings):
                    prev_end = ce  # 参加奥运会的运动员X、Y来到现场: athletes of a games, at no meeting the story holds
                    continue
                nxt = next((c for c in cues if c[0] > ce), None)
                stop = nxt[0] if nxt else e
                if said := _SAYS.search(text, ce, stop):
                    stop = said.start()  # 参加活动的X向记者表示，Y…: Y is in X's words, not at the meeting
                subjects = [h for h in in_sent if ce <= h.start < stop]
            gap = text[prev_end:cs]
            if _ABOUT.search(text, s, cs) and _ABOUT_END.match(text, ce):
                prev_end = ce  # 介绍习近平主席出席…博览会相关情况: what a briefing is about, not a role at it
                continue
            if role == "attendee" and text[cs - 1 : cs] in ("向", "对", "给", "为") and (
                    _LETTER.search(text, s, cs) or _SAYS.search(text, s, cs) and (k := rec.sentence_of(s)) > 0 and _LETTER.search(text, rec.sentences[k - 1][0], s)):
                # X发来贺信，向出席大会的各界人士表示欢迎: X wrote to those who attended (also X向会议致贺信。X表示，…向出席会议的…)
                prev_end = ce
                continue
            if role in ("chair", "speaker") and any(a < cs and ce <= b and "的" in text[ce:b] for a, b in met):
                prev_end = ce  # 会见来华共同主持…会议的X: the guest's role, told of whom one met
                continue
            if role == "speaker" and text.startswith(("分别", "先后", "相继"), cs) \
                    and len(own := [h for h in subjects if h.start >= _clause_start(text, s, cs)]) >= 2:
                subjects = own  # X和夫人Y举行招待会，Z和W在招待会上分别致辞: those of the cue's clause speak
            if role == "attendee" and _TO_THOSE.search(text, max(s, cs - 2), cs) and _THOSE_WHO.match(text, ce):
                # (the host who 向出席招待会的各位嘉宾表示欢迎 is there)
                subjects = [h for h in subjects if not _OBJECT_BEFORE.search(text, _clause_start(text, s, h.start), h.start)
                            and not _LED_BY.search(text, _clause_start(text, s, h.start), h.start)]
            if role == "attendee" and text[cs - 1 : cs] in _WITH and (_WITH_ATTENDERS.match(text, ce) or _THOSE_WHO.match(text, ce)):
                # X与出席峰会的领导人配偶共同出席了…活动: the others attend it, X the activity; X与出席大会的代表合影留念:
                # those he stands with attended it, not he
                prev_end, prev_subjects = ce, []
                continue
            if role == "attendee" and _DUE_AFTER.match(text, ce):
                prev_end, prev_subjects = ce, []  # 提名X为候选人，参加定于11月举行的选举: still to come
                continue
            if role == "attendee" and not reporter and ((el := _ELSEWHERE.match(text, ce)) and not any(ce <= a < el.end() for a, _ in held)
                                                        and not _held_again(text, el, held) and not _commemoration_held(text, el, held) or _SHOW.match(text, ce)):
                # 会后，X出席签字仪式(并致辞): another event; X参加了…奠基仪式，出席…会议 goes on
                elsewhere = subjects or (elsewhere if re.fullmatch(r"[^。；;：:，,]*[，,]", gap) else [])
                prev_end, prev_subjects = ce, []
                continue
            same_subject = (text.startswith("并", cs) or gap.endswith("并") or _AND_AT.fullmatch(gap)) and not re.search(r"[。；;：:]", gap) or (
                len(gap) <= 8 and not re.search(r"[。；;：:]", gap) and re.fullmatch(r"[^,，]*?[会议并后上中]*", gap) is not None
            )
            if _DUE.search(text, s, cs) or future and same_subject or subjects and _SUBJECT_WILL.match(text, subjects[0].end) \
                    and not re.search(r"[。；;]", text[subjects[0].end : cs]):
                # 习近平还将出席…开幕式并发表主旨演讲: a role still to come, not one at this meeting
                prev_end, prev_subjects, future = ce, [], True
                continue
            future = False
            # (only at a meeting his clause names: 和出席…峰会外方代表团团长夫人共同出席活动 is not at the summit)
            if hosted and _WITH_HOST_TOO.search(gap) and _held_in_clause(text, ce, e, held):
                subjects = prev_subjects + subjects  # X同参加完…论坛的Y共同出席宴会: the host of 同 is at it with his guests
            if not subjects and same_subject and (not hosted or text.startswith("并", _clause_start(text, s, cs))):
                # 主持会议并讲话, 主持召开…会议并讲话, 主持学习并讲话; the host of an audience only in a clause that opens
                # on 并 (会见出席…的代表，并发表讲话; not …的外国嘉宾，随后出席论坛开幕式并致辞, nor …的外方代表，代表们并发表讲话)
                subjects = prev_subjects
            if not subjects and role == "speaker" and chaired == prev_end and text.startswith("传达了", cs) and _CHAIRED_THEN.fullmatch(gap) \
                    and prev_subjects and not _BY_WHOM.search(text, max(s, prev_subjects[0].start - 20), prev_subjects[0].start):
                subjects = prev_subjects  # X主持第一次全体会议，传达了…: the chair tells it (not 会议由X主持，传达…, nor 主持召开…会议，传达学习…: what the meeting studied)
            if not subjects and role == "speaker" and attended == prev_end and prev_subjects and not hosted \
                    and text.startswith("发表", cs) and _ATTENDED_OBJECT.fullmatch(gap):
                subjects = prev_subjects  # X出席…开幕式，发表主旨演讲: a clause with no subject of its own, after his attending
            if not subjects and elsewhere and role == "attendee" and re.fullmatch(r"[^。；;：:，,]*[，,]", gap):
                subjects = elsewhere
            elsewhere = []
            if (role == "speaker" or present) and subjects and _WORDS_OF.search(text, s, subjects[0].start):
                prev_end, prev_subjects = ce, []  # X表示，Y去年在峰会上致辞时提出的倡议…: a speech in another's words
                continue
            if role == "speaker" and subjects:  # X表示，主席在讲话中提到…: a speech X's words tell of, not X's own
                # (and a quote captioned by his name: 全国人大代表 X：“主席在这次讲话中指出…”, a soundbite after it)
                subjects = [h for h in subjects if not _WORDS_OF.search(text, h.end, cs) and not _CAPTIONED_QUOTE.match(text, h.end)]
            if role == "speaker" and subjects and _MANY_TIMES.search(text, subjects[-1].end, cs):
                subjects = []  # 习近平总书记就…多次发表重要讲话: speeches of many times, told of, none given at this sitting
            if role == "speaker" and subjects and text[cs:ce].endswith("发言") and _SPOKE_ELSEWHEN.search(
                    text, s, (m.start() if (m := _PUNCT.search(text, ce, e)) else e)):  # (not in his words after 说，)
                subjects = [h for h in subjects if text[h.end : cs] not in _SEATS_SPEAKING]  # 明天的小组讨论中，X委员发言时将…: not at the story's sitting
            if role == "speaker" and (hosts_only := [h for h in subjects if _hosts_attended(text, s, h, cs)]):
                # 出席X举行的欢迎宴会上发表致辞: X holds the banquet (an attendee, _holders); who attends it speaks
                subjects = [h for h in subjects if h not in hosts_only] or (prev_subjects if attended == prev_end else [])
            if role == "speaker" and len(subjects) > 1 and not _EACH.search(text, subjects[-1].end, cs):
                # X和夫人Y出席…欢迎宴会并致辞: the spouse named after him attends; the speech is his
                subjects = [h for h in subjects if not _SPOUSE_BEFORE.search(text, max(s, h.start - 4), h.start)] or subjects
            if role == "speaker" and "作的" in _TITLE.sub("", text[cs:ce]) and subjects and not _HEARD.search(text, s, subjects[0].start):
                subjects = []  # 李克强总理作的政府工作报告，…: the session's report praised, not given here (not 《…合作的典范》)
            cue = ctx.mention(cs, ce, "CUE", "meetings")
            if role == "attendee":  # 栗战书和金正恩夫妇共同出席: the wife named with him elsewhere (金正恩和夫人李雪主)
                subjects = subjects + [w for h in subjects if text.startswith("夫妇", h.end) and (w := _wife(ctx, h))
                                       and all(w.name != x.name for x in subjects)]
            for h in subjects:
                key = (h.name, role, s)  # per sentence: one may attend two meetings of the story
                if key not in out:
                    out[key] = Participation(h.name, role, ctx.mention(h.start, h.end, "PERSON", "meetings"), cue, 0.9)
                    starts[key] = cs
                    if reporter:
                        (present_only if present else reported_only).add(key)
                    elif heard_speeches:
                        present_only.add(key)
            if subjects or hosts:
                prev_subjects, hosted = hosts or subjects, bool(hosts)
            prev_end = ce
            chaired = ce if role == "chair" and subjects else None
            attended = ce if role == "attendee" and subjects and text.startswith("出席", cs) else None
    chairs = {name for name, role, _ in out if role == "chair"}
    for key in convened:
        if key[0] in chairs and key in out:
            del out[key]  # 习近平主持召开…座谈会 … 习近平是在考察期间召开这次座谈会的: the chair, who convened it
    observers = {name for name, role, _ in out if role == "observer"}
    for key in reported_only:
        if key[0] in observers:
            del out[key]  # 列席 said explicitly wins over presence read off a report
    roled = {name for name, role, _ in out if role != "attendee"}
    for key in present_only:
        if key[0] in roled and out[key].cue.text not in ("与会的", "在场的"):
            del out[key]  # 李克强在会上强调 of the meeting he chairs: his role says it (与会的X发表讲话 says both)
    for key in [k for k in out if k[1] == "attendee" and (k[0], "observer", k[2]) in out]:
        del out[key]  # …行政长官X列席会议并在主席台就座: an observer, seated or not
    return sorted(((starts[key], p) for key, p in out.items()), key=lambda sp: (sp[1].mention.start, sp[1].role))


# the attendee cue of one who hears the speeches (X在认真听取大家发言后指出): present, but no role of its own — his chair
# or speech at the sitting says it (read as heard_speeches, so the role cleanup drops it beside another role)
_HEARING_CUE = re.compile(r"在(?:认真)?(?:听取|聆听)")


# another meeting or a time told before the deputies in their sentence (在今年的全国人代会上，A和B代表提出; 去年两会期间，…):
# words said there, not at the symposium the story tells
_DEPUTIES_ELSEWHERE = re.compile(r"[今去前往]年|此前|之前|曾|上届|历届|期间|(?<!座谈)(?<![，,。\s])会上|会议上|两会|人代会|\d{4}年|[一二三四五六七八九十\d]+月")


_TITLED_NEXT = re.compile(r"[、和][^，,。；;、“”]{2,24}")  # 、国家信息中心主任|Y: the next name's title between
_AT_THE_SITTING = re.compile(r"[\s\u3000]*(?:座谈会|会)上[，,]")  # 座谈会上，… (a sentence that opens at the sitting)


def _sitting_paragraph(text: str, at: int) -> bool:
    """Whether the paragraph holding ``at`` opens at the sitting (座谈会上，A建议，…。B建议，…): the views given
    in it are given there, none at a press conference."""
    return _AT_THE_SITTING.match(text, text.rfind("\n", 0, at) + 1) is not None


# who a list at a 座谈会 is, opening its clause (来自研究机构的专家A、B, 企业负责人C、D): a group, no verb
_GROUP_LISTED = re.compile(r"(?:来自[^，,。；;]{1,40}?的)?(?:专家学者|专家|学者|经济学家|企业家|企业负责人|负责人)")


def _introduced_list(text: str, persons: list, a: int, first: int, cs: int) -> bool:
    """Whether the clause from ``a`` to the cue at ``cs`` only lists names, titled or after the group they are
    (not 王强希望部长A、部长B…: those asked)."""
    return _titled_names_only(text, persons, a, cs) or bool(_GROUP_LISTED.fullmatch(text, a, first))


def _sat_deputies(text: str, subjects: list, cs: int, gap: int = 2) -> list:
    """The deputies listed right before 代表 and the verb at ``cs`` (A、B代表提出; ``gap`` 0: the names right
    before it, 专家A、B结合…发表了见解): a list joined by 、 or 和."""
    if not subjects or subjects[-1].end + gap != cs:
        return []
    chain = [subjects[-1]]
    for h in reversed(subjects[:-1]):
        if text[h.end : chain[0].start] not in ("、", "和") and (gap or not _TITLED_NEXT.fullmatch(text, h.end, chain[0].start)):
            break
        chain.insert(0, h)
    return chain


def _corridor_speakers(text: str, subjects: list, cs: int, corridor: str) -> list:
    """Those who speak at a corridor in the clause of the verb at ``cs``: the list that ends right before it (X代表,
    A、B等几位全国人大代表, A代表和B代表，在通道上), each seated as a deputy, member or minister (in his title
    or the list's; at a 部长通道 any titled official: 国家体育总局局长X); none when someone else ends the clause (a person one tells of, a leader quoted)."""
    if not subjects or not (tail := _CORRIDOR_TAIL.fullmatch(text, subjects[-1].end, cs)):
        return []
    chain = [subjects[-1]]
    for h in reversed(subjects[:-1]):
        if not _CORRIDOR_JOINT.fullmatch(text, h.end, chain[0].start) \
                and not (corridor == "部长通道" and chain[0].titles and _TITLED_NEXT.fullmatch(text, h.end, chain[0].start)):
            break  # (A、B代表; at a 部长通道 the next one's title between: 局长X、文化和旅游部部长Y)
        chain.insert(0, h)
    if tail["group"]:
        return chain
    return [h for h in chain if text.startswith(_SEATS, h.end) or h.titles and (h.titles[-1].text.endswith(_SEATS)
                                                                              or corridor == "部长通道" and _central(h.titles[-1].text))]


def _central(title: str) -> bool:
    """A title of no province's or city's body (国家统计局局长, not 山东省委书记 or 北京市市长): who answers at a 部长通道."""
    return not any(title[:k] in lexicons.places() for k in range(2, min(len(title), 8) + 1))


# a corridor's speaker told by a pronoun that opens its clause (…，他说，; 他向大家透露), before the corridor's verb
_PRONOUN_SAYS = re.compile(r"[\s\u3000]*(?:他|她)(?:也|还|则|更|就)*(?:向大家|向记者|给大家)?(?=[^，,。；;]{0,4}?(?:告诉|表示|说|透露|介绍))")
_PRONOUN_ENDS = re.compile(r"(?:(?<![^。；;！？!?\s\u3000])|[，,])[\s\u3000]*(?:他|她)(?:也|还|则|更|就)*(?:向大家|向记者|给大家)?$")


def _corridor_antecedent(ctx: Context, persons: list, s: int, cs: int, corridor: str) -> list:
    """The one a pronoun before a corridor's verb points back to (全国政协委员X致力于…。他说，…; 部长X率先走上部长通道，
    他透露): the only one seated as a deputy, member or minister (any titled official at a 部长通道) named before it
    in its sentence, or in the sentence before when it opens its own (X代表来自英雄Y所在的部队。他说: X)."""
    pronoun = _PRONOUN_ENDS.search(ctx.text, s, cs)
    if pronoun is None:
        return []
    at = pronoun.start() + (1 if ctx.text[pronoun.start()] in "，," else 0)
    k = ctx.rec.sentence_of(s)
    a, b = (ctx.rec.sentences[k - 1][0], s) if not ctx.text[s:at].strip() and k > 0 else (s, at)
    seated = [h for h in persons if a <= h.start < b and (ctx.text.startswith(_SEATS, h.end) or any(t.text.endswith(_SEATS) for t in h.titles)
                                                          or corridor == "部长通道" and h.titles and _central(h.titles[-1].text))]
    return seated if len({h.name for h in seated}) == 1 else []


# a sentence that opens on the question its words answer (在回答本台记者提问时，; 关于如何…的问题，; 对于…任务，)
_QUESTION_OPENS = re.compile(r"[\s\u3000]*(?:在回答[^，,。；;]{0,12}?记者(?:的)?提问时|(?:关于|对于|针对)[^，,。；;]{2,40}?(?:问题|任务|话题))[，,]")
# between the one who answers and his words: his seat (X委员, X代表) and an adverb
_ANSWER_TAIL = re.compile(r"(?:委员|代表)?(?:也|还|则|进一步)?")


# what tells another event or source between a press conference and an answer after it
_TOLD_ELSE = re.compile(r"另据|据[^，,。；;]{0,12}?报道|另外|此外|同日|同一天|当天晚些时候|次日|与此同时|会谈|会晤|会见|通电话"
                        r"|(?:^|[。；;，,\n])" + _A_DAY_OPENS)
# titles whose bearer speaks for his own body: a spokesman, a head of state or government
_OWN_VOICE = re.compile(r"发言人$|总统$|总理$|首相$|国王$|女王$|元首$")


def _briefly_says(cue: str) -> bool:
    """Whether a cue's words may be an answer at a press conference (_BRIEF_SAYS: 表示, and 说 or 建议 before its
    comma); a member's 建议 at a plenary (the plenary cue) is his speech there."""
    return bool((m := _BRIEF_SAYS.match(cue + "，")) and m.end() == len(cue))


def _answer_to(text: str, s: int, cs: int, subjects: list, held: list[tuple[int, int]]) -> list:
    """Who answers a question at a press conference told before the sentence at ``s`` (…举行记者会…。在回答本台
    记者提问时，副部长X表示; 关于…的问题，Y委员建议): those named right after the question, before the cue at
    ``cs``; none when the story told no press conference held before it."""
    press = max(((a, b) for a, b in held if a < s and _PRESS.search(text, a, b)), default=None, key=lambda ab: ab[1])
    if press is None or _TOLD_ELSE.search(text, press[1], s) or any(press[1] <= a < s and not _PRESS.search(text, a, b) for a, b in held):
        return []  # (…记者会。另据报道，…在索契举行会谈。在回答…提问时，X表示: his answer there, not at the press conference)
    if not (q := _QUESTION_OPENS.match(text, s)) or not subjects or not _ANSWER_TAIL.fullmatch(text, subjects[-1].end, cs):
        return []
    after = [h for h in subjects if h.start >= q.end()]
    if not after or re.search(r"[，,;；:：]", text[q.end() : subjects[-1].start]):
        return []
    # a spokesman or a head of state or government who answers is its holder, named where it is told (外交部发言人X
    # 主持例行记者会。关于…问题，商务部新闻发言人Y表示: Y speaks at his own)
    told = text[max(text.rfind("。", 0, press[0]), text.rfind("\n", 0, press[0])) + 1 : press[1]]
    return [] if any(h.name not in told and any(_OWN_VOICE.search(t.text) for t in h.titles) for h in after) else after


def _answered_at(text: str, s: int, cs: int, held: list[tuple[int, int]]) -> bool:
    """Whether the answer whose cue starts at ``cs`` is given at a press conference held in the clause right
    before its own (国新办举行新闻发布会，部长X就…进行了回应), not a reply to one (针对…举行记者会，X作出回应, X随即作出回应)."""
    clause = _clause_start(text, s, cs)
    brief = _BRIEFING_HELD.search(text, _clause_start(text, s, clause - 1), clause) if clause > s else None
    return bool(brief and brief.end() == clause and any(a < brief.end() and brief.start() < b for a, b in held)
                and not _REPLIES.search(text, _clause_start(text, s, clause - 1), brief.start()) and not _REPLIES.search(text, clause, cs))


def _wife(ctx: Context, h: PersonHit):
    """The spouse the story names with ``h`` (X和夫人Y, X偕夫人Y, X的夫人Y), where it names her; None when
    it names none or two."""
    text = ctx.text
    found = {q.name: q for q in ctx.rec.persons if q.via != "byline" and any(
        re.fullmatch(r"(?:和|偕|及|的)?夫人", text[at + len(h.name) : q.start]) for at in _occurrences(text, h.name, max(0, q.start - len(h.name) - 3), q.start))}
    return next(iter(found.values())) if len(found) == 1 else None


# what one attends that is no meeting: 共同出席了…签字仪式, 出席中新财金界人士午餐会 (not
# 出席…首脑会议开幕式和…仪式)
_ABOUT = re.compile(r"(?:介绍|通报|说明)了?[^，,。；;]{0,20}$")
# a name inside the topic of a report (关于接受X辞去…的请求), not past the report it names (关于…的汇报、主任委员X作的…)
# (作的 the word after a name, not the end of 工作的, 合作的 …: words whose second character is 作)
_TOPIC_OPEN = re.compile(r"关于(?:(?!的(?:汇报|报告|说明)|(?<![工合协运操制创写动著])作的)[^，,。；;：:])*$")
_REPORT_GIVEN = re.compile(r"(?:同志)?作[的了]")  # 署长Y作的关于…的说明: Y gives the report, named in no topic
_ABOUT_END = re.compile(r"[^，,。；;]{0,40}?(?:有关|相关)?情况")
# 出席…进口博览会, 出席…运动会(开幕式): no meeting (a games' closing is one, as nlp.ATTENDED_CEREMONY reads it)
_SHOW = re.compile(r"了?[^，,。；;：:]{0,30}?(?:(?:博览会|进博会|世博会|展览会|交易会)(?:开幕式|闭幕式)?|(?:运动会|奥运会|冬奥会|全运会)(?:开幕式)?)(?=[，,。；;：:并发]|$)")
_ATTENDED_OBJECT = re.compile(r"了?(?:[^。；;：:，,“”]|“[^“”。；;，,]{1,20}”){2,40}[，,]")  # what one attended, then the clause's end (出席…开幕式，)
_LETTER = re.compile(r"贺信|贺电|贺词|致信|致电|来信|书面|批示")  # (作出重要批示，向参加…的同志致以问候: a written instruction)
# (与出席…会议的)…的配偶共同出席: those the cue describes after 与/同/和/跟, then what all attend together
_WITH = ("与", "同", "和", "跟")
_WITH_ATTENDERS = re.compile(r"了?[^，,。；;]{1,40}?的[^，,。；;]{1,30}?(?:共同|一同|一起|一道)(?:出席|参加|参观|考察|游览|观看|植树|乘坐)")  # (…领导人配偶共同参观…)
# those who attend, named by it as the object of another verb: X并向参加仪式的各国领导人表示感谢, 团结动员参加人民政协的各党派
_TO_THOSE = re.compile(r"(?:向|对|给|为|感谢|欢迎|慰问|看望|团结|动员|号召)$")
_LED_BY = re.compile(r"以$")  # 在以X同志为总书记的党中央领导下
_THOSE_WHO = re.compile(r"了?[^，,。；;的]{1,30}?的(?:各|全体|所有|广大|中外|代表|领导|嘉宾|来宾|同志|人员|人士|委员|成员|党派|朋友|专家|学者|官员|外宾|客人)")
# (or an activity named in quotes the story holds as no meeting: 出席“…”中非艾滋病防控倡导活动)
_ELSEWHERE = re.compile(r"了?(?:(?:(?!会|论坛)[^，,。；;：:]){0,40}?(?:仪式|午餐会|早餐会|晚宴|宴会|酒会|典礼)"
                        r"|[^，,。；;：:“]{0,4}?“[^”]{2,40}”[^，,。；;：:“”]{0,16}?活动)(?=[，,。；;：:\n]|$)"
                        r"|了?(?:(?!会|论坛|上述|有关|相关|以上|这些)[^，,。；;：:“”]){0,12}?(?:纪念|庆祝|庆典)活动(?=[，,。；;：:\n后的]|$)")  # 出席纪念活动后…: a commemoration, no meeting
_POINTED_BACK = re.compile(r"了?(?:当天|今天|当日|" + _THIS_ONE + r"|这一?|上述)的?")


_NEXT_SENTENCE_OPENS = re.compile(r"[，,](?P<act>[^。；;仪典]{0,60})[。；;]\s*")


def _held_again(text: str, el: re.Match, held) -> bool:
    """A ceremony pointed back to (参加了当天的开工仪式), or told by its bare kind word or its name's last words
    (出席仪式, 出席开学典礼), whose words end a held one's name (…全线开工仪式, …授旗仪式, …秋季学期开学典礼): that one."""
    back = _POINTED_BACK.match(el.group())
    tail = el.group()[back.end():] if back else el.group().removeprefix("了")
    if tail in ("仪式", "典礼"):  # the bare kind word: the last one held before it, unless something between ends its telling
        # (nor a welcome: 为X举行欢迎仪式。Y、Z出席仪式 — its own roles are read by _welcomed)
        last = max(((a, b) for a, b in held if b <= el.start() and text[a:b].endswith(tail)), default=None, key=lambda s: s[1])
        if last is None:  # (出席仪式，接受…勋章。授勋仪式在…举行: the one named held as the next sentence opens)
            after = min(((a, b) for a, b in held if a >= el.end() and text[a:b].endswith(tail)), default=None)
            return after is not None and (opens := _NEXT_SENTENCE_OPENS.fullmatch(text, el.end(), after[0])) is not None \
                and rite_of_act(opens["act"], text[after[0] : after[1]])  # (…敬献花篮。奠基仪式在…举行: another's)
        return not text[last[0] : last[1]].endswith("欢迎仪式") \
            and ceremony_told_until(text, text[last[0] : last[1]], last[1], el.start()) == el.start()
    return len(tail) >= 2 and any(text[a:b].endswith(tail) for a, b in held)


# a name that only says whose: 宣读了国家主席习近平的贺信, 习近平主席特别代表、国务院副总理汪洋出席 (A主席、B总书记特别代表X: both send), X同志亲属…出席; 习近平重要指示和李克强批示
# (not 在X的主持下)
_WHOSE = re.compile(r"(?:主席|总书记|总理|总统|同志|先生|女士)?(?:的(?!主持)|(?:、[^，,。；;、]{2,8}?(?:主席|总书记|总理|总统|委员长))?(?:特别代表|特使)|夫人|亲属|家属|遗孀|子女|后人|后代|亲人|(?:重要)?(?:指示|批示|贺信|贺电|回信)|" + grammar.KIN_AFTER_NAME + ")")  # 尼克松|外孙考克斯: whose kin speaks
_DUE = re.compile(r"(?<![代日])(?:将|即将|拟|定于)(?:于[^，,。；;将]{1,10}?|(?<=定于)[^，,。；;将]{1,10}?)?(?:来华|赴华|访华|前来|来京)?(?:在[^，,。；;]{1,12}?)?(?:(?:同|与|向)[^，,。；;]{1,16}?)?(?:共同|一道|分别)?(?:以视频方式)?$|(?<![代日])将[^，,。；;将]{1,16}?并$|即将[^。；;将]{1,30}?[，,]并$")  # …将对中国进行国事访问并出席, 即将对X进行国事访问，并出席  # 将于28日在北京出席, 将同X共同主持
# …分别与C举行会谈和会见: the talks, then the audience, each of one host in turn
_AND_AUDIENCE = re.compile(r"[和及、]会[见晤]")
_SUBJECT_WILL = re.compile(r"(?:主席|总理|总统|委员长)?(?:还)?将(?=[^，,。；;]{0,20}?(?:分别|出席|参加|会见|会谈|与|同|赴|在|对))")  # 李克强将分别与…会见会谈，…，并…发表演讲
_DUE_AFTER = re.compile(r"了?(?:定于|将于|拟于|即将)")
# a plan told in the clause before, which governs the next one too: X拟于15日访问德国，与Y举行会谈 (still to come)
_DUE_CLAUSE_BEFORE = re.compile(r"(?<![代日])(?:定于|将于|拟于|即将)[^。；;，,：:]{1,30}?[，,](?:并|还将|将)?$")
_ASKED = re.compile(r"(?:要求|请求|请|希望|拜托)[^，,。；;：:]{0,30}$")
# who is named to report, in the cue's own clause (not 大会推举X为执行主席，Y作了…报告), or who is decided on by the
# body itself (会议决定，由X…, 经研究决定由X…; not the decision passed or relayed: …的决定，由X作说明, 传达了省委决定，由X…)
_NOMINATED = re.compile(r"(?:推举|(?:(?<=会议)|(?<=大会)|(?<=常委会)|(?<=研究))决定[，,：:]?由)[^，,。；;]{0,80}$")
_HEARD_CUE = re.compile(r"听(?:取|了)了?(?P<heard>[^，,。；;]*)$")  # 听取(了)…, to the cue in its clause
# words before a name after 在…会上， that make him an object, not the subject who speaks there
# (有记者问X是否表示, 耿爽回应了X暗示…的言论, 记者援引X的言论暗示)
_NOT_SUBJECT_GAP = re.compile(r"(?<!顾)问|回应|回答|援引|引用|引述|驳斥|反驳|批评|谴责|指责|提到|谈到|针对|关于|记者|媒体")
_SAID_AFTER = re.compile(r"表示|指出|说|介绍|强调|认为|发言|讲话|要求|回答|正式就任|暗示")  # (正式就任: who takes office at the opening told)
# 会议听取了…X作的…报告 (also the second of a list: …的报告，Y分别作的…报告)
_HEARD = re.compile(r"(?:听取|审议)了?(?:[^，,。；;]{0,120}?(?:报告|说明)[，,])*[^，,。；;]{0,40}$")


_GROUP_SEP = re.compile(_TURN_SEP.pattern + r"|[;；][^，,。；;：:、\s]{2,15}")  # 、 in a group; ; then the next group's title


def _heard(text: str, s: int, cs: int, reach: int) -> int:
    """Where the 听取/听了 starts whose clause runs on to the cue at ``cs`` with at most ``reach`` characters
    heard between (-1 when none): X听取了Y关于…的汇报 (Y reports), 听取情况介绍后说 (who heard, no reporter)."""
    k = max(text.rfind("听取", s, cs), text.rfind("听了", s, cs))
    return k if k >= 0 and (m := _HEARD_CUE.match(text, k, cs)) and len(m["heard"]) <= reach else -1


_HEARD_BEFORE = re.compile(r"听取了?[^，,。；;：:]*$")
_EACH_AFTER = re.compile(r"[，,][^，,。；;：:]{2,40}?分别[^，,。；;：:]{0,60}")


def _heard_each(text: str, s: int, h, subjects: list, cs: int) -> bool:
    """Whether ``h`` is one of the titled reporters 听取 lists, a comma between them, before 分别 and the cue
    (听取副总理X，省委书记Y分别…所作的汇报: X reports too)."""
    return bool(_HEARD_BEFORE.search(text, max(s, h.start - 60), h.start) and _EACH_AFTER.fullmatch(text, h.end, cs)
                and any(h.end < g.start < cs for g in subjects))


def _nominated(text: str, s: int, cs: int) -> bool:
    """Whether the report cued at ``cs`` is one a body names someone to give (会议推举X在下次大会上作…报告,
    会议决定，由X向大会报告工作), not one given: only the last 推举 or 决定 before the cue is tried."""
    return any((k := text.rfind(w, s, cs)) >= 0 and _NOMINATED.match(text, k, cs) for w in ("推举", "决定"))


def _titled_groups(text: str, h, subjects: list, cue: int) -> bool:
    """Whether ``h`` opens a list of names grouped by title up to the cue (全国政协常委A、B;全国政协委员C、D分别
    就…回答了记者提问): the semicolon parts a list, not clauses."""
    after = [o for o in subjects if o.start >= h.end]
    prev = h
    for o in after:
        if not _GROUP_SEP.fullmatch(text, prev.end, o.start):
            return False
        prev = o
    return prev is not h and not re.search(r"[,，;；:：]", text[prev.end : cue])


def _own_clause_subjects(text: str, s: int, cs: int, subjects: list, persons: list) -> list:
    """``subjects`` less those of an earlier clause with a verb of its own, where the cue's clause (at ``cs``) names
    its own subject (X代表…作报告，Y主持: Y's; 市委书记X，市长Y主持: a clause of titled names only goes with it)."""
    clause = _clause_start(text, s, cs)
    if by := _BY_WHOM.search(text[clause:cs]):
        return [h for h in subjects if h.start >= clause + by.start()]  # 执行主席是X、Y，会议由X主持: only who 由 names chairs
    own = [h for h in subjects if h.start >= clause]
    if not own or _JOINED_BEFORE.search(text, clause, own[0].start):
        return subjects  # 王强会见X，并与Y共同主持: Y is joined to the subject of the clause before, no subject of its own
    def listed(h) -> bool:
        a = _clause_start(text, s, h.start)
        return _titled_names_only(text, persons, a, _CLAUSE_MARK.search(text, h.end, cs).start())
    return [h for h in subjects if h.start >= clause or listed(h)]


def _titled_names_only(text: str, persons: list, a: int, b: int) -> bool:
    """Whether the clause from ``a`` to ``b`` only lists titled names (市委副书记李明, 市委常委王刚、赵强等,
    A国总统X、B国总理Y等成员国领导人): a clause with no verb of its own, whose names go with the cue of the clause after it."""
    at = a
    for h in (h for h in persons if a <= h.start < b):
        chain = grammar.title_chain(text, at, h.start)
        if not chain or chain[0].start != at:
            return False
        at = h.end + text.startswith("、", h.end)
    return at > a and bool(_LIST_CLOSES.fullmatch(text, at, b))


# how a clause of titled names may end: bare, 等, or 等 and the group they are (等成员国领导人, 等常设机构负责人)
_LIST_CLOSES = re.compile(r"(?:等(?:[^，,。；;、\s]{0,10}?(?:领导人|负责人|政要|嘉宾))?)?")


def _inside(h: PersonHit, spans: list[tuple[int, int]]) -> bool:
    return any(a <= h.start < b for a, b in spans)

