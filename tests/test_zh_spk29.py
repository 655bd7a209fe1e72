"""Round 29 (brief zhspk29): a received message's sender speaks but lends no antecedent.

In 期間在無線電收到隊目黎偉傑訊息，指… the sender speaks (ANNOTATION.md: the source is who makes
the statement; the golden rows zhspk29-* cover the source span), yet it is the object of the
receiver's clause: the next sentence's 他續指 still continues the receiver, 鄧智恒, who gives the
evidence throughout (hkcnews breadth article_35912, four paragraphs verbatim, a link between
them left out). With the sender remembered as an antecedent, 他續指 went to 黎偉傑.
"""

from __future__ import annotations

import sayso
from sayso.model import Analysis

TEXT = (
    "寶琳消防局消防隊目鄧智恒及隊員岑嶺峯作供。他們當晚接報處理一級火警自動報火警鐘響，與早前已出"
    "庭的隊目黎偉傑及隊員黃康杰，乘細搶救車F253（細搶）往尚德停車場A。\n\n"
    "到達後，細搶F253及升降台F332共9名消防員會合，其中7人再分成三小隊到各層巡查。鄧與岑"
    "負責在3樓巡查，視察是否有火警、何處的消防撳手被打爛。二人經近尚禮樓的升降機到3樓後，鄧轉往"
    "右尚德十字路口方向，岑則轉左向富康花園方向，即較接近懷疑梓樂墮樓的位置。\n\n"
    "鄧智恒作供指，他一踏出升降機已聞到刺鼻氣味，相信是催淚煙，感覺不濃烈。他又指，當時轉右走了幾"
    "步，便看到有消防喉被拉出十多米、旁邊消防撳手玻璃被打爛，但現場並沒發現燃燒中的火種，或曾起火"
    "痕跡，也沒印象附近和水喉頭是否有水灘或水跡。依他當時判斷，消防喉被拉出不是為了救火，但亦不知"
    "道確實原因，而他亦立即以無線電報告隊長詹德鵬。\n\n"
    "鄧之後沿行車路往2樓高層繼續視察，期間在無線電收到隊目黎偉傑訊息，指在2樓發現一名傷者，便前"
    "往協助。他續指，黎偉傑及黃康杰當時已經在場，傷者平躺在地，有呼吸脈膊，神志不清，有抽搐、無意"
    "識地郁動，頭口鼻均有不流動的血。黎負責檢查上半身傷勢，鄧則負責腰部以下，並無發現明顯傷勢，即"
    "是沒有骨折、明顯損傷或瘀傷。"
)


def _speaker(analysis: Analysis, cue: str) -> str | None:
    att = next(a for a in analysis.attributions if [c.text for c in a.cue] == [cue])
    entity = analysis.entity(att.source.entity) if att.source and att.source.entity else None
    return entity.name if entity else None


def test_received_sender_speaks_and_the_next_pronoun_keeps_the_receiver() -> None:
    analysis = sayso.analyze(TEXT, language="zh")
    sources = [a.source.text for a in analysis.attributions if a.source]
    assert "隊目黎偉傑" in sources  # not the time word 期間
    assert _speaker(analysis, "續指") == "鄧智恒"
