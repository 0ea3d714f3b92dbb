"""Invented building blocks for synthetic data: names, companies, goods, ports, phrases.

Everything is made up or a generic word; combinations are random, so any resemblance to a real
person or company is chance. Texts say "synthetic" so nobody mistakes a generated store for work.
"""

from __future__ import annotations

import random

from app.matching.identifiers import container_check_digit, imo_check_digit

JP_FAMILY = (("田中", "Tanaka"), ("鈴木", "Suzuki"), ("佐藤", "Sato"), ("高橋", "Takahashi"),
             ("伊藤", "Ito"), ("渡辺", "Watanabe"), ("山本", "Yamamoto"), ("中村", "Nakamura"),
             ("小林", "Kobayashi"), ("加藤", "Kato"), ("吉田", "Yoshida"), ("山田", "Yamada"),
             ("松本", "Matsumoto"), ("井上", "Inoue"), ("木村", "Kimura"), ("林", "Hayashi"))
JP_GIVEN = (("一郎", "Ichiro"), ("花子", "Hanako"), ("太郎", "Taro"), ("健", "Ken"),
            ("美咲", "Misaki"), ("大輔", "Daisuke"), ("由美", "Yumi"), ("拓也", "Takuya"),
            ("陽子", "Yoko"), ("直樹", "Naoki"), ("結衣", "Yui"), ("悠斗", "Yuto"))
ES_FAMILY = ("García", "Martínez", "López", "Hernández", "González", "Pérez", "Sánchez",
             "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Cruz", "Morales", "Núñez")
ES_GIVEN = ("José", "María", "Lucía", "Juan", "Ana", "Andrés", "Sofía", "Luis", "Carmen", "Jesús")
EN_FAMILY = ("Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Moore", "Taylor",
             "Anderson", "Thomas", "Jackson", "White", "Harris", "Clark", "Lewis", "Walker")
EN_GIVEN = ("James", "Mary", "John", "Linda", "Robert", "Emily", "Michael", "Sarah", "David", "Karen")
CO_WORDS = ("Pacific", "Harbor", "Sunrise", "Blue", "Summit", "Orient", "Golden", "Meridian",
            "Atlas", "Crescent", "Maple", "Coral", "Northern", "Silver", "Sakura", "Fuji",
            "Sierra", "Azteca", "Lotus", "Delta")
CO_TRADES = ("Trading", "Logistics", "Imports", "Exports", "Shipping", "Electronics", "Foods",
             "Textiles", "Machinery", "Auto Parts", "Chemicals", "Distribution")
CO_SUFFIX = {"JP": ("K.K.", "Co., Ltd.", "株式会社"), "US": ("LLC", "Inc.", "Corp."),
             "MX": ("S.A. de C.V.", "S. de R.L.", "S.A.")}
GOODS = (("wrist watches", "腕時計", "relojes de pulsera", "9102.11"),
         ("lithium batteries", "リチウム電池", "baterías de litio", "8507.60"),
         ("used passenger cars", "中古乗用車", "automóviles usados", "8703.23"),
         ("avocados", "アボカド", "aguacates", "0804.40"),
         ("steel fasteners", "鉄鋼製締結具", "sujetadores de acero", "7318.15"),
         ("cigarettes", "たばこ", "cigarrillos", "2402.20"),
         ("semiconductor equipment", "半導体製造装置", "equipo de semiconductores", "8486.20"),
         ("handbags", "ハンドバッグ", "bolsos de mano", "4202.21"),
         ("tuna, frozen", "冷凍まぐろ", "atún congelado", "0303.44"),
         ("auto parts", "自動車部品", "autopartes", "8708.99"),
         ("pharmaceuticals", "医薬品", "medicamentos", "3004.90"),
         ("sake", "清酒", "sake", "2206.00"))
PORTS = {"JP": (("Yokohama", "JPYOK"), ("Kobe", "JPUKB"), ("Osaka", "JPOSA"), ("Nagoya", "JPNGO"),
                ("Tokyo", "JPTYO"), ("Narita Airport", "JPNRT"), ("Hakata", "JPHKT")),
         "US": (("Los Angeles", "USLAX"), ("Long Beach", "USLGB"), ("Seattle", "USSEA"),
                ("New York", "USNYC"), ("Houston", "USHOU")),
         "MX": (("Manzanillo", "MXZLO"), ("Veracruz", "MXVER"), ("Lázaro Cárdenas", "MXLZC"),
                ("Ciudad de México", "MXMEX"))}
NATURE = ("Administrative inquiry into undervaluation", "Criminal investigation of smuggling",
          "Origin verification procedure", "Anti-dumping duty evasion inquiry",
          "Investigation of intellectual property infringement", "Export-control compliance review",
          "Procedimiento administrativo de verificación de origen", "Investigación penal aduanera",
          "関税法違反事件の調査", "原産地確認手続")
LEGAL = ("Suspected undervaluation on import", "Possible false declaration of origin",
         "Suspected concealment of goods", "Transshipment to evade duties",
         "Presunta subvaluación (Ley Aduanera)", "Contrabando presunto", "虚偽申告の疑い",
         "無許可輸出の疑い")
VESSEL_WORDS = ("STAR", "SPIRIT", "PIONEER", "HARMONY", "VOYAGER", "FORTUNE", "GLORY", "BREEZE",
                "MARU", "EXPRESS", "OCEAN", "HORIZON")
OFFICERS = ("Officer A. Example", "Officer B. Sample", "Officer C. Placeholder", "Officer D. Mock",
            "Officer E. Dummy", "Officer F. Fictive", "Officer G. Invented", "Officer H. Synthetic",
            "見本 花子", "例示 太郎", "Oficial I. Ejemplo", "Officer J. Test")


def person_natural(rng: random.Random) -> tuple[str, list[tuple[str, str, bool]], str]:
    """(display name, [(name, script, is_alias)], nationality) of an invented natural person."""
    roll = rng.random()
    if roll < 0.5:
        (fk, fl), (gk, gl) = rng.choice(JP_FAMILY), rng.choice(JP_GIVEN)
        names = [(f"{fk}{gk}", "kanji", False), (f"{fl.upper()} {gl}", "latin", False)]
        if rng.random() < 0.3:
            names.append((f"{fk} {gk[0]}.", "kanji", True))
        return f"{fl.upper()} {gl}", names, "JP"
    if roll < 0.75:
        full = f"{rng.choice(ES_GIVEN)} {rng.choice(ES_FAMILY)} {rng.choice(ES_FAMILY)}"
        return full, [(full, "latin", False)], "MX"
    full = f"{rng.choice(EN_GIVEN)} {rng.choice(EN_FAMILY)}"
    return full, [(full, "latin", False)], "US"


def company(rng: random.Random) -> tuple[str, str]:
    """(name, country) of an invented company."""
    country = rng.choice(("JP", "JP", "US", "MX"))
    name = f"{rng.choice(CO_WORDS)} {rng.choice(CO_TRADES)} {rng.choice(CO_SUFFIX[country])}"
    return name, country


def container(rng: random.Random) -> str:
    """A well-formed ISO 6346 container number (random owner code ending in U)."""
    stem = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3)) + "U"
    stem += f"{rng.randrange(10**6):06d}"
    return stem + str(container_check_digit(stem))


def imo(rng: random.Random) -> str:
    """A well-formed seven-digit IMO number."""
    six = f"{rng.randrange(10**5, 10**6)}"
    return six + str(imo_check_digit(six))


def passport(rng: random.Random) -> str:
    """A passport-shaped number (two letters, seven digits)."""
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTZ") for _ in range(2)) + f"{rng.randrange(10**7):07d}"
