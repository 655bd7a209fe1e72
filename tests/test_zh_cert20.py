"""Chinese certainty, round 20 (brief zhcert20): unnamed sources the anonymous lists missed
(知情人, 业内专家, 销售人员, 引述消息指, 政府消息: ANNOTATION.md, `anonymous` when the source is
unnamed), circulating content the article calls false and a claim a denier quotes to reject it
(`disputed` when the text reports it being denied or contradicted), each with its negative side,
on real sentences of open articles and of broad unlabeled text (THUCNews val, hkcnews). The counts
behind them: benchmarks/data/zhcert20/README.md."""

from __future__ import annotations

from pathlib import Path

from golden_support import zh_judged, zh_judgements_by_cue

ZH_NEWS = Path(__file__).resolve().parents[1] / "evaldata" / "zh-news"


def _certainty(path: str, cue: str, content_start: str) -> str:
    """The certainty of the attribution of an open article with this cue whose content opens
    with `content_start`."""
    return zh_judged(ZH_NEWS / f"{path}.txt", cue, content_start)[1]


# --- unnamed sources (anonymous.json `unnamed_compounds`) ---

def test_an_insider_known_only_as_one_who_knows_is_anonymous() -> None:
    # THUCNews val th831: 知情人透露, and 这位知情者还透露 after 温县国土局一位知情者告诉…记者
    got = zh_judgements_by_cue(
        "知情人透露，退居二线后，郑军很少去单位上班，“每天都在他的恒昌置业有限公司售楼部办公室卖楼”。")
    assert got["透露"][1] == "anonymous"
    got = zh_judgements_by_cue(
        "这位知情者还透露，“郑军1998年起就开始圈地开发房产了”，且都是“表面以别人名义干，幕后自己做老板”。")
    assert got["透露"][1] == "anonymous"


def test_an_expert_of_a_field_without_a_name_is_anonymous() -> None:
    # THUCNews val th3: 业内专家认为…; th613: 据销售人员介绍… (unnamed staff: README-l, README-k)
    got = zh_judgements_by_cue(
        "业内专家认为，近期A股反复震荡，体现了市场流动性过剩的特点，同时也表明市场存在结构性机会。")
    assert got["认为"][1] == "anonymous"
    got = zh_judgements_by_cue("据销售人员介绍，从开盘至今，星河湾海怡半岛的销售很好。")
    assert got["据+介绍"][1] == "anonymous"


def test_an_expert_with_a_name_after_the_title_is_asserted() -> None:
    # THUCNews val th99: 专家王崇波说 names the expert; th329: 教育专家王金战认为
    got = zh_judgements_by_cue("专家王崇波说：“专业的冷热不会在某一年发生突变，今年，商科、金融、计算机、"
                               "工程、数学等专业仍然很热门。”")
    assert got["说"][1] == "asserted"
    got = zh_judgements_by_cue("宽高教育董事长、教育专家王金战认为，“放养”“圈养”均有一定的可取之处。")
    assert got["认为"][1] == "asserted"


def test_a_message_cited_by_an_outlet_is_anonymous() -> None:
    # hkcnews article_12380: 該報引述消息指… (README-f: 彭博引述消息指 → 消息, anonymous, via 彭博);
    # hkcnews article_10412: 政府消息承認… (Hong Kong's 'government sources')
    got = zh_judgements_by_cue("《華爾街日報》報道指，特朗普不只取消峯會，更考慮對北韓施加制裁。該報引述"
                               "消息指，白宮目前正考慮下周初對北韓施加十數項新的制裁措施。")
    assert got["引述+指"][1] == "anonymous"
    got = zh_judgements_by_cue("對比新加坡上月在盈餘下調升銷售稅，而香港「派糖」規模則有增無減，政府消息承認"
                               "是屬於財政司司長的政治判斷，認為適當方式分享經濟成果，內部並無設置「四六比」"
                               "（四成派糖、六成長遠措施）的標準。")
    assert got["承認"][1] == "anonymous"


def test_experts_in_a_relative_phrase_or_a_population_are_not_made_anonymous() -> None:
    # zh-dev gnews-2181912 (owners' gold: reported): 根据越来越多的西方国家安全专家的意见 is a 的-phrase,
    # left to bare_roles; THUCNews val th689: 法学界很多专家都呼吁 is a population (ANNOTATION.md:
    # whole populations are asserted)
    got = zh_judgements_by_cue("根据越来越多的西方国家安全专家的意见，俄罗斯在入侵乌克兰的第三周已经损失了"
                               "数量惊人的部队和装备。")
    assert got["根据+的意见"][1] == "reported"
    got = zh_judgements_by_cue("法学界很多专家都呼吁，修改上述两部法律时，废除“不停止执行原则”，改为以"
                               "“停止执行”为原则。")
    assert got["呼吁"][1] == "asserted"


# --- circulating content called false (denials.json `false_circulation`) ---

def test_a_picture_called_fabricated_is_disputed() -> None:
    # zhF-lwdf-1 (tune) gold: 图片显示，为接待中国体操队…共花费16万余元 … the school: 此清单纯属编造
    assert _certainty("tune/zhF-lwdf-1", "显示", "为接待") == "disputed"


def test_a_message_the_article_calls_false_is_disputed() -> None:
    # zhK-xinjiapo-1 (tune) gold: 这则信息早前也称俄罗斯进行相同解剖，但也已被证实是假信息: the
    # article's rebuttal runs into the content after 但, and it still disputes the message
    assert _certainty("tune/zhK-xinjiapo-1", "称", "俄罗斯") == "disputed"
    # zhM-dahe-1 (tune, traditional) gold: a netizen's article (網民「千萬別說隨便」…稱) that the fire
    # brigade's 經查證…未發生 and 火情謠言 answer
    assert _certainty("tune/zhM-dahe-1", "稱", "2025年") == "disputed"


def test_a_message_with_no_falsity_word_nearby_is_not_disputed() -> None:
    # zhK-xinjiapo-1's sentence with the article's 但也已被证实是假信息 cut off
    got = zh_judgements_by_cue("卫生部发言人今天(6月7日)指出，新加坡并没进行上述解剖。这则信息早前也称俄罗斯"
                               "进行相同解剖。")
    assert got["称"][1] != "disputed"


def test_a_post_that_itself_calls_news_false_is_not_disputed() -> None:
    # zhL-guangming-1 (tune, traditional) gold: 帖文指出，大馬人民需制止假新聞的傳播 is the ministry's
    # rebuttal, not the rumour: asserted
    assert _certainty("tune/zhL-guangming-1", "指出", "大馬人民") == "asserted"


# --- a claim a denier quotes to reject it ---

def test_a_view_quoted_and_called_wrong_by_the_speaker_is_disputed() -> None:
    # zhD-rmzxb-1 (open, part D test half A) gold: “国内外有一些声音认为，…。这种理解是错误的。…”
    # 赵辰昕…表示: the voices he quotes are disputed
    got = zh_judgements_by_cue(
        "“国内外有一些声音认为，‘以国内大循环为主体’就意味着中国要在对外开放上进行大幅收缩，甚至讲要搞自给"
        "自足的经济。这种理解是错误的。习近平总书记多次强调，构建新发展格局是开放的国内国际双循环，不是封闭的"
        "国内单循环。”赵辰昕在回答记者提问时表示。")
    assert got["认为"][1] == "disputed"


def test_a_rule_cited_by_a_denier_is_not_disputed() -> None:
    # zhB-gov-1 (tune, traditional) gold: the rule the Chief Executive cites (這個規定適用於…) is
    # asserted, though her statement denies
    assert _certainty("tune/zhB-gov-1", "說", "這個規定") == "asserted"


def test_a_plain_negation_after_a_quoted_claim_rejects_nothing() -> None:
    # hkcnews article_24587 (the denial-rich breadth sample): 朱凱廸曾說：「街坊表示，…。由於小朋友從來
    # 沒有濕疹等皮膚問題，…」: 從來沒有 states a fact about the child, it does not call the
    # neighbour's words false (denials.json `quoted_rejections` holds no plain negation)
    got = zh_judgements_by_cue(
        "朱凱廸曾說：「街坊表示，小朋友在離開學校時已戴上口罩，她自己回家後也覺得喉嚨不舒服。一夜過後，紅疹已"
        "大致退了。由於小朋友從來沒有濕疹等皮膚問題，街坊相信與昨午（周一）侵襲屯門的刺激性氣體有關。」")
    assert got["表示"][1] != "disputed"
