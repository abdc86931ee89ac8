"""Write data/staff.csv: a synthetic staff directory of the prefecture.

Realistic but invented: 420+ people in the 54 units of data/organisation.csv,
Han, Uyghur, Kazakh and Hui names as they are written in Chinese, positions in
each unit's order (leaders first, then the general office, then the sections),
office phones on Hami's 0902 exchange and mobile numbers that are not real.
Run again with the same seed to get the same file:

    python3 scripts/make_staff.py \
        > src/hami.policy/src/hami/policy/data/staff.csv
"""

from pathlib import Path

import csv
import random
import sys


DATA = Path(__file__).parent.parent / "src/hami.policy/src/hami/policy/data"
SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁"
    "潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦"
    "邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严"
    "牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建红文斌宇浩凯"
    "健俊帆帅旭宁欣悦晨雪婷琳瑶颖慧晓婧梅海波峰林亮成荣新春国庆志刚永立学东"
)
UYGHUR_MEN = [
    "艾力",
    "买买提",
    "阿不都拉",
    "吐尔逊",
    "艾合买提",
    "依明",
    "热合曼",
    "阿布力孜",
    "玉素甫",
    "卡德尔",
    "艾尔肯",
    "努尔买买提",
]
UYGHUR_WOMEN = [
    "阿依古丽",
    "古丽娜尔",
    "热依拉",
    "帕提古丽",
    "迪丽努尔",
    "米热古丽",
    "阿娜尔",
    "再努尔",
    "努尔尼沙",
    "布合力其汗",
]
KAZAKH = [
    "努尔兰",
    "叶尔兰",
    "哈森",
    "别克",
    "阿曼",
    "叶尔江",
    "达吾列提",
    "巴合提",
    "阿依达娜",
    "古丽米拉",
    "哈力木",
    "加纳尔",
]
LEADS = {
    "government": ("局长", "副局长"),
    "county": ("县长", "副县长"),
    "congress": ("主任", "副主任"),
    "cppcc": ("主席", "副主席"),
}
POSITIONS_OFFICE = ["办公室主任", "办公室科员"]
POSITIONS_SECTION = [
    "科长",
    "副科长",
    "科员",
    "科员",
    "主任科员",
    "四级调研员",
    "科员",
    "一级科员",
]


def name(rng: random.Random) -> str:
    draw = rng.random()
    if draw < 0.62:
        return rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice((1, 2, 2))))
    if draw < 0.84:
        first = rng.choice(UYGHUR_MEN + UYGHUR_WOMEN)
        return f"{first}·{rng.choice([m for m in UYGHUR_MEN if m != first])}"
    if draw < 0.94:
        first, father = rng.sample(KAZAKH, 2)
        return f"{first}·{father}"
    return "马" + "".join(rng.sample(GIVEN, 2))  # Hui


def mobile(rng: random.Random) -> str:
    prefix = f"1{rng.choice('3589')}{rng.randint(0, 9)}"
    return f"{prefix}{rng.randint(10000000, 99999999)}"


def main(seed: int = 20261130) -> None:
    rng = random.Random(seed)  # noqa: S311 - invented people, not secrets
    with (DATA / "organisation.csv").open(encoding="utf-8") as stream:
        units = list(csv.DictReader(stream))
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow([
        "id",
        "name",
        "unit",
        "position",
        "office_phone",
        "mobile",
        "order",
        "office",
        "leader",
        "active",
    ])
    number = 0
    used = set()
    for unit_number, unit in enumerate(units):
        size = rng.randint(7, 10)
        head, deputy = LEADS.get(unit["kind"], ("主任", "副主任"))
        if unit["id"] == "hms":
            head, deputy = "市长", "副市长"
        positions = [head] + [deputy] * rng.randint(1, 2) + POSITIONS_OFFICE
        positions += [
            rng.choice(POSITIONS_SECTION) for _ in range(size - len(positions))
        ]
        for order, position in enumerate(positions, start=1):
            number += 1
            person = name(rng)
            while person in used:
                person = name(rng)
            used.add(person)
            extension = 2223000 + unit_number * 40 + order
            writer.writerow([
                f"hm{number:04d}",
                person,
                unit["id"],
                position,
                f"0902-{extension}",
                mobile(rng),
                order,
                "yes" if position.startswith("办公室") else "",
                "yes" if order == 1 else "",
                # a few who left: kept, deactivated
                "" if rng.random() < 0.015 else "yes",
            ])


if __name__ == "__main__":
    main()
