"""A grid of channel frames (round 25, zhvia25): 8 frames (在…上表示, 透過…表示, 在個人…發文指 …)
times 37 channel nouns in both scripts (網誌, 雜誌, Facebook專頁, 電台節目, 《明報》, 報章, Telegram頻道
…), each in one made-up sentence; prints the sentences where no attribution gets a channel.
A check of the frame grammar by word class, not of any article.

    PYTHONPATH=. .venv/bin/python benchmarks/data/zhvia25/frame_grid.py
"""

from __future__ import annotations

import itertools

import sayso

FRAMES = ["在{n}上表示", "在{n}中指出", "在{n}撰文指", "在{n}發文稱", "透過{n}表示", "在其{n}上說", "在個人{n}發文指",
          "日前在{n}貼文，批評"]
NOUNS = ["網誌", "雜誌", "网志", "杂志", "Facebook專頁", "官方網站", "微信公眾號", "臉書", "面書", "Instagram", "IG",
         "YouTube頻道", "電台節目", "《明報》", "《紐約時報》專欄", "個人網站", "新聞稿", "聲明", "社交網站", "論壇", "Threads",
         "X平台", "網上論壇", "Podcast", "直播", "部落格", "博客", "电台", "報章", "報紙", "周刊", "網台", "網媒",
         "Telegram頻道", "WhatsApp群組", "微博", "抖音"]


def main() -> None:
    misses = []
    for frame, noun in itertools.product(FRAMES, NOUNS):
        text = "陳大文" + frame.format(n=noun) + "，政府必須立即撤回有關決定。"
        if not any(a.via for a in sayso.analyze(text, language="zh").attributions):
            misses.append(text)
    print(len(misses), "of", len(FRAMES) * len(NOUNS), "without a channel")
    for text in misses:
        print(text)


if __name__ == "__main__":
    main()
