"""Chinese denials linked to the report they answer (round 29, `benchmarks/data/zhdeny29/README.md`):
a topic phrase naming the report (針對《X》所謂…的報道) links the denial to that outlet's claim told
later, and an outlet frame that relays the denial (據《Y》報道,…予以駁斥) is not what it answers.
The cue-joining rows are golden rows `zhdeny29-*` (tests/golden/zh.json)."""

from __future__ import annotations

from golden_support import zh_judgements_by_cue

import sayso

# zh-news tune zhT-ifuun-1, paragraphs 1 and 6 (ANNOTATION.md: disputed when the text reports it
# being denied; README-t.md D1: the outlet frame is reported, the WSJ's 聲稱 disputed)
_IFUUN = (
    "據《詩華日報》等馬來西亞媒體報道,針對《華爾街日報》所謂中國牽涉馬來西亞腐敗案的報道,馬來西亞總理馬哈蒂爾"
    "1月10日予以駁斥,表示目前尚未有文件證明報道屬實。\n"
    "《華爾街日報》1月7日發表一篇「調查文章」,聲稱馬來西亞前總理納吉布下台後,新執政的希望聯盟(希盟)政府從其"
    "辦公室獲取一系列未公開文件,顯示在2016年「一個馬來西亞發展公司」涉及數十億美元貪腐醜聞發酵時,中國曾提出願意"
    "救助該基金。"
)


def test_topic_phrase_names_the_report_answered_later() -> None:
    judged = zh_judgements_by_cue(_IFUUN)
    assert judged["駁斥+表示"] == ("deny", "asserted")
    assert judged["聲稱"][1] == "disputed"


def test_frame_relaying_the_denial_is_not_disputed() -> None:
    assert zh_judgements_by_cue(_IFUUN)["據+報道"][1] == "reported"


def test_topic_naming_another_outlet_disputes_nothing_of_this_one() -> None:
    # the same sentences with the later claim told by another paper: the topic names the WSJ
    # only, so the Straits Times' own report is left as it is
    text = _IFUUN.replace("《華爾街日報》1月7日", "《海峽時報》1月7日")
    assert zh_judgements_by_cue(text)["聲稱"][1] != "disputed"


# zh-news tune zhF-lwdf-1: a product called faultless after doubts about it (gold: deny)
_LWDF = (
    "近日有消费者实验显示,娃哈哈的明星产品营养快线阴干后成为“胶状的皮”。围绕这个话题,“含有11种添加剂”、"
    "“添加剂日均摄入总量过大有可能因叠加效应危害健康”的说法让人对其安全充满怀疑。事件发生后,娃哈哈方面声明表示,"
    "产品无问题。"
)


def test_nothing_wrong_after_doubts_is_a_denial() -> None:
    assert zh_judgements_by_cue(_LWDF)["表示"][0] == "deny"


def test_nothing_wrong_in_a_later_clause_answers_a_complaint() -> None:
    # zh-news tune zhR-exmoo-1 (gold: deny): the complaint 質疑當局虛假宣傳 just before
    text = (
        "經科局科技廳廳長謝永強日前出席電台節目時有市民反映,他經常消費滿128元,理應有兩次抽獎,但致電MPay後被告知,"
        "無論消費多少都只有一次抽獎機會,他質疑當局虛假宣傳。謝永強回應稱,以聽眾消費128元有兩次抽獎機會為例子,"
        "雖然手機應用程式是只顯示一次抽獎機會,但實際上是按一下已連續抽兩次,換言之,可抽獎次數和實際抽取次數是相符的,"
        "公平性不存在問題。"
    )
    assert zh_judgements_by_cue(text)["回應稱"][0] == "deny"


def test_nothing_wrong_without_a_doubt_before_it_is_a_fact() -> None:
    # THUCNews breadth (财经, QDII 专户): no doubt, complaint or rumour is answered
    text = (
        "证监会近日开放QDII专户理财业务和允许一对多专户理财业务开闸，为基金专户理财注入了强心剂。"
        "一家基金公司国际部总监表示，事实上一对一的QDII专户已经可以运作了，技术上都没有问题。"
    )
    assert zh_judgements_by_cue(text)["表示"][0] == "assert"


def test_a_claim_called_not_correct_is_denied() -> None:
    # THUCNews breadth (房产, 基准地价): 所谓…的说法也不准确 calls the claim false (STANCE.md row 2)
    text = "胡景晖认为，政府指导价数据来源与基准地价无关。他表示，所谓基准地价调整将制约‘黑白合同’的说法也不准确。"
    assert zh_judgements_by_cue(text)["表示"][0] == "deny"


def test_a_denial_telling_the_claim_leaves_an_earlier_row_alone() -> None:
    # hkcnews article_917: 陳智思's 說法並不正確 rejects the "socialist" claim it tells itself,
    # not the 被指 about 夏佳理 that happens to name 林鄭月娥
    text = (
        "被指跟李嘉誠關係友好的夏佳理是林鄭月娥競選辦主席團成員，被問到夏佳理的出現，是否代表李嘉誠支持她，"
        "林鄭月娥說，她98年在庫務科工作時，已認識當時是立法會議員的夏佳理。"
        "陳智思之後補充說，對於有人話林鄭月娥是社會主義者的說法並不正確。"
    )
    judged = zh_judgements_by_cue(text)
    assert judged["補充說"][0] == "deny"
    assert judged["被指"][1] != "disputed"


def test_a_claim_the_narration_calls_a_rumour_is_disputed() -> None:
    # zh-news tune zhP-chinanews-1 (gold: disputed): 谣传 itself calls the claim false
    text = (
        "中新网9月20日电 据《澳门日报》报道,去年经过台风“天鸽”吹袭,澳门人深忧刮台风会造成断水断电,"
        "在台风“山竹”袭澳期间,有人谣传全澳将大停电。"
    )
    assert zh_judgements_by_cue(text)["谣传"][1] == "disputed"


def test_a_neutral_rumour_cue_alone_is_not_disputed() -> None:
    # the same sentence with 传言 (hearsay, not called false) and no denial after it
    text = (
        "据《澳门日报》报道,去年经过台风“天鸽”吹袭,澳门人深忧刮台风会造成断水断电,在台风“山竹”袭澳期间,"
        "有人传言全澳将大停电。"
    )
    assert all(certainty != "disputed" for _, certainty in zh_judgements_by_cue(text).values())


def test_a_charge_called_a_smear_by_the_copula_alone_is_denied() -> None:
    # zh-news tune zhS-orientaldaily-1 (gold: deny): 并指是恶意诽谤, its subject the charge just denied
    text = (
        "(莎阿南16日讯)雪兰莪州务大臣办公室否认,大臣拿督斯里阿米鲁丁的一名官员被指担任多个高职及拥有巨额财富的指控,"
        "并指是恶意诽谤及带有政治动机。"
    )
    assert zh_judgements_by_cue(text)["指"][0] == "deny"


def test_a_document_going_round_online_called_false_is_denied() -> None:
    # zh-news tune zhO-tuliaojing-1 (gold: deny)
    text = "該報道引用一位東方雨虹証券部人士(未具名)的話指出,目前網上流傳的調研紀要是虛假信息。"
    assert zh_judgements_by_cue(text)["引用+指出"][0] == "deny"


def test_a_smear_with_its_agent_stays_a_charge() -> None:
    # the smear word after its agent (X造谣诽谤Y) lays a charge (STANCE.md row 8), no copula
    text = "警方发言人指，该议员多次在网上造谣诽谤警方，已报警处理。"
    assert zh_judgements_by_cue(text)["指"][0] == "accuse"


def test_a_nested_claim_ends_before_the_verdict_that_rejects_it() -> None:
    # zh-news tune zhU-sgnews-1 (gold: 李显扬's claim ends before 这是错误的 and is disputed; the
    # ministry's statement holding it denies)
    text = "律政部发表文告说,李显扬指政府为莱道路26号和31号国有房产的翻修费用买单,是因为两名租户是部长,这是错误的。"
    atts = sayso.analyze(text, language="zh").attributions
    inner = next(a for a in atts if [c.text for c in a.cue] == ["指"])
    assert inner.content[-1].text.endswith("是因为两名租户是部长")
    assert inner.certainty == "disputed"
    assert next(a for a in atts if [c.text for c in a.cue] == ["说"]).stance == "deny"


def test_a_nested_claim_keeps_a_last_clause_that_rejects_nothing() -> None:
    # a demonstrative last clause with no verdict of falsity stays in the claim
    text = "律政部发表文告说,李显扬指政府为国有房产的翻修费用买单,这是他第二次提出此事。"
    atts = sayso.analyze(text, language="zh").attributions
    inner = next(a for a in atts if [c.text for c in a.cue] == ["指"])
    assert inner.content[-1].text.endswith("这是他第二次提出此事")
