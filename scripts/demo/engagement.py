"""Demo data of public engagement (PUB-20…27): insured persons' feedback in every state with its handling trail,
evaluations, purchase needs, the region's notice wording, and 60 days of public-side usage events and trace scans
so the dashboards show something. Deterministic and idempotent: skipped when the demo insured persons exist."""
from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import text

from domain.shared.config import SHANGHAI, shanghai_today

PROBLEMS = [("NOT_IN_STOCK", "按小程序显示去买，店里说已经卖完了"), ("LOCATION_INACCURATE", "地图位置和实际门店差了两条街"),
            ("NAVIGATION", "导航把我带到了小区后门，找不到入口"), ("SERVICE", "店员态度不好，医保卡刷不了"),
            ("OTHER", "希望增加夜间营业时间")]
NOTES = ["已联系药店核实，药店已补货并更新库存报送", "已通知机构更正地图坐标", "已约谈药店负责人，要求整改服务态度"]
NEEDS = [("布地奈德福莫特罗吸入粉雾剂", "160μg/4.5μg*60吸"), ("司美格鲁肽注射液", "1.34mg/ml 3ml"),
         ("恩替卡韦分散片", "0.5mg*7片"), ("甲钴胺片", "0.5mg*20片"), ("达格列净片", "10mg*14片"),
         ("瑞舒伐他汀钙片", "10mg*7片"), ("氯吡格雷片", "75mg*7片")]
COMMENTS = ["药品齐全，店员很耐心", "医保结算很方便", "离家近，营业时间长", "排队有点久", "价格比别家稍贵", None]
KEYWORDS = ["阿莫西林", "布洛芬", "二甲双胍", "氨氯地平", "奥美拉唑", "头孢", "连花清瘟", "阿托伐他汀", "感冒灵",
            "甲硝唑", "蒙脱石散", "硝苯地平", "胰岛素", "维生素C", "板蓝根"]


class EngagementSeeder:
    def __init__(self, base: Any) -> None:
        self.base, self.s, self.size = base, base.s, base.size

    async def run(self) -> None:
        if (await self.s.execute(text("SELECT 1 FROM insured_person WHERE subject = 'demo-insured-0'"))).first():
            return
        n_people = max(40, self.size // 250)
        people = [r[0] for r in (await self.s.execute(text(
            "INSERT INTO insured_person (provider, subject, display_name) "
            "SELECT 'DEV', 'demo-insured-' || g, '参保人' || g FROM generate_series(0, :n - 1) g RETURNING id"),
            {"n": n_people})).all()]
        self.base.note("insured_person", len(people))
        # xj_pharmacy's and xj_hospital's own institutions first, so their staff see feedback and evaluations
        orgs = (await self.s.execute(text("""
            SELECT o.id, o.code, o.name, o.division_code FROM organisation o
            LEFT JOIN app_user u ON u.organisation_id = o.id AND u.username IN ('xj_pharmacy', 'xj_hospital')
            WHERE o.subtype IN ('HOSPITAL', 'PHARMACY') AND o.division_code LIKE '65%'
            ORDER BY (u.id IS NULL), o.id LIMIT 40"""))).all()
        officials = dict((await self.s.execute(text(
            "SELECT username, id FROM app_user WHERE username IN ('wlmq_official', 'xj_admin')"))).all())
        drugs = [r[0] for r in (await self.s.execute(text(
            "SELECT DISTINCT drug_code_id FROM stock_level ORDER BY 1 LIMIT 60"))).all()]
        today = shanghai_today()
        await self.feedback(people, orgs, officials, drugs, today)
        await self.ratings(people, orgs, today)
        await self.needs(people, officials, drugs, today)
        await self.notice(officials)
        await self.usage(drugs, today)

    async def _audit(self, rows: list[dict[str, Any]]) -> None:
        await self.s.execute(text("""
            INSERT INTO audit_log (at, actor_id, actor_username, actor_name, actor_role, action, entity_type, entity_id,
                                   entity_label, division_code, before, after, opinion)
            VALUES (:at, :actor_id, :username, :name, :role, :action, :etype, :eid, :label, :div,
                    CAST(:before AS jsonb), CAST(:after AS jsonb), :opinion)"""), rows)

    async def feedback(self, people: list[int], orgs: list[Any], officials: dict[str, int], drugs: list[int],
                       today: Any) -> None:
        n = max(30, self.size // 400)
        audit: list[dict[str, Any]] = []
        for k in range(n):
            org = orgs[k % len(orgs)]
            kind, desc = PROBLEMS[k % len(PROBLEMS)]
            state = ("SUBMITTED", "IN_HANDLING", "HANDLED")[k % 3]
            at = datetime.combine(today - timedelta(days=(k * 7) % 45 + 1), time(9 + k % 10, (k * 13) % 60),
                                  tzinfo=SHANGHAI)
            started = at + timedelta(hours=5) if state != "SUBMITTED" else None
            handled = at + timedelta(days=1, hours=2) if state == "HANDLED" else None
            note = NOTES[k % len(NOTES)] if state == "HANDLED" else ("已受理，正在核实" if started else None)
            fid = (await self.s.execute(text("""
                INSERT INTO public_feedback (insured_id, institution_id, division_code, problem_type, description,
                  drug_code_id, state, client_key, handling_note, started_at, handled_at, created_at, updated_at)
                VALUES (:p, :o, :d, :t, :desc, :drug, :s, :key, :note, CAST(:st AS timestamptz), CAST(:hd AS timestamptz), :at,
                        coalesce(CAST(:hd AS timestamptz), CAST(:st AS timestamptz), :at))
                RETURNING id"""), {"p": people[k % len(people)], "o": org.id, "d": org.division_code, "t": kind,
                                   "desc": desc, "drug": drugs[k % len(drugs)] if kind == "NOT_IN_STOCK" and drugs else None,
                                   "s": state, "key": f"demo-{k}", "note": note, "st": started, "hd": handled,
                                   "at": at})).scalar_one()
            base = {"etype": "PublicFeedback", "eid": str(fid), "label": f"{org.name}·{kind}", "div": org.division_code}
            audit.append({**base, "at": at, "actor_id": None, "username": f"insured:{people[k % len(people)]}",
                          "name": "参保人", "role": "INSURED_PERSON", "action": "public_feedback.submit", "before": None,
                          "after": f'{{"state": "SUBMITTED", "problem_type": "{kind}"}}', "opinion": desc})
            who = ("wlmq_official", "张伟（演示）", "PREFECTURE_OFFICIAL") if org.division_code.startswith("6501") \
                else ("xj_admin", "艾力（演示）", "REGION_OFFICIAL")
            actor = {"actor_id": officials.get(who[0]), "username": who[0], "name": who[1], "role": who[2]}
            if started:
                audit.append({**base, **actor, "at": started, "action": "public_feedback.start",
                              "before": '{"state": "SUBMITTED"}', "after": '{"state": "IN_HANDLING"}',
                              "opinion": "已受理，正在核实"})
            if handled:
                audit.append({**base, **actor, "at": handled, "action": "public_feedback.resolve",
                              "before": '{"state": "IN_HANDLING"}', "after": '{"state": "HANDLED"}', "opinion": note})
        await self._audit(audit)
        self.base.note("public_feedback", n)

    async def ratings(self, people: list[int], orgs: list[Any], today: Any) -> None:
        rows = []
        for k in range(max(60, self.size // 100)):
            org = orgs[k % min(len(orgs), 12)]
            stars = (5, 4, 5, 3, 4, 5, 2, 4, 1, 5)[k % 10]
            rows.append({"p": people[k % len(people)], "o": org.id, "d": org.division_code, "s": stars,
                         "c": COMMENTS[k % len(COMMENTS)], "b": today - timedelta(days=k // len(people))})
        await self.s.execute(text("""
            INSERT INTO institution_rating (insured_id, institution_id, division_code, stars, comment, business_date,
                                            created_at)
            VALUES (:p, :o, :d, :s, :c, :b, CAST(:b AS date) + time '12:00')
            ON CONFLICT DO NOTHING"""), rows)
        self.base.note("institution_rating", len(rows))

    async def needs(self, people: list[int], officials: dict[str, int], drugs: list[int], today: Any) -> None:
        counties = [r[0] for r in (await self.s.execute(text(
            "SELECT code FROM division WHERE level = 'COUNTY' AND code LIKE '65%' ORDER BY code LIMIT 30"))).all()]
        audit = []
        n = max(30, self.size // 400)
        for k in range(n):
            name, spec = NEEDS[(k * 3) % len(NEEDS)]
            d = today - timedelta(days=(k * 5) % 80)
            analysed = k % 3 == 0
            div = counties[k % len(counties)]
            nid = (await self.s.execute(text("""
                INSERT INTO purchase_need (insured_id, drug_name, spec, quantity, division_code, note, contact_phone,
                  client_key, state, analysis_note, analysed_at, business_date, created_at, updated_at)
                VALUES (:p, :n, :spec, :q, :div, :note, :phone, :key, :s, :an, CAST(:aat AS timestamptz), :d,
                        CAST(:d AS date) + time '10:00', CAST(:d AS date) + time '10:00') RETURNING id"""),
                {"p": people[k % len(people)], "n": name, "spec": spec, "q": 1 + k % 4, "div": div,
                 "note": "附近药店都没有" if k % 2 else None, "phone": f"139{(k * 7919) % 100000000:08d}",
                 "key": f"demo-{k}", "s": "ANALYSED" if analysed else "SUBMITTED",
                 "an": "已反馈给配送企业，近期补货" if analysed else None,
                 "aat": datetime.combine(d + timedelta(days=2), time(15), tzinfo=SHANGHAI) if analysed else None,
                 "d": d})).scalar_one()
            if analysed:
                audit.append({"at": datetime.combine(d + timedelta(days=2), time(15), tzinfo=SHANGHAI),
                              "actor_id": officials.get("xj_admin"), "username": "xj_admin", "name": "艾力（演示）",
                              "role": "REGION_OFFICIAL", "action": "purchase_need.analyse", "etype": "PurchaseNeed",
                              "eid": str(nid), "label": name, "div": div, "before": '{"state": "SUBMITTED"}',
                              "after": '{"state": "ANALYSED"}', "opinion": "已反馈给配送企业，近期补货"})
        if audit:
            await self._audit(audit)
        self.base.note("purchase_need", n)

    async def notice(self, officials: dict[str, int]) -> None:
        await self.s.execute(text("""
            INSERT INTO public_notice (division_code, data_calibre, risk_reminder, updated_by)
            VALUES ('650000', :c, :r, :u) ON CONFLICT DO NOTHING"""), {
            "c": "药品配备信息来自定点医药机构每日报送的进销存数据，库存为机构最近一次报送的数量，可能与实时库存不一致，仅供参考。",
            "r": "请遵医嘱用药，处方药凭处方购买。购药前建议电话联系机构确认；如发现信息不符，请使用“问题反馈”。",
            "u": officials.get("xj_admin")})
        self.base.note("public_notice", 1)

    async def usage(self, drugs: list[int], today: Any) -> None:
        """60 days of events in set-based SQL: visits weighted towards 乌鲁木齐, a few searches per visit."""
        n = max(3000, self.size // 5)
        result = await self.s.execute(text("""
            WITH counties AS (SELECT array_agg(code ORDER BY code) AS c FROM division
                              WHERE level = 'COUNTY' AND code LIKE '65%'),
                 g AS (SELECT i, abs(hashtext('ev' || i)) AS h FROM generate_series(1, :n) i)
            INSERT INTO usage_event (kind, occurred_at, business_date, channel, drug_code_id, keyword, division_code)
            SELECT kind, (CAST(:today AS date) - day) + make_interval(hours => 8 + h % 14, mins => h % 60),
                   CAST(:today AS date) - day, CASE WHEN h % 4 = 0 THEN 'H5' ELSE 'MP_WEIXIN' END,
                   CASE WHEN kind = 'DRUG_QUERY' THEN (CAST(:drugs AS int[]))[1 + (h / 7) % cardinality(CAST(:drugs AS int[]))] END,
                   CASE WHEN kind = 'DRUG_SEARCH' THEN (CAST(:kw AS text[]))[1 + (h / 11) % cardinality(CAST(:kw AS text[]))] END,
                   CASE WHEN h % 3 = 0 THEN '650102' WHEN h % 17 = 0 THEN NULL
                        ELSE c[1 + (h / 13) % cardinality(c)] END
            FROM g, counties,
                 LATERAL (SELECT (h / 3) % 60 AS day,
                                 (ARRAY['VISIT','VISIT','VISIT','DRUG_SEARCH','DRUG_SEARCH','DRUG_QUERY','DRUG_QUERY',
                                        'INSTITUTION_SEARCH','INSTITUTION_VIEW'])[1 + h % 9] AS kind) x"""),
            {"n": n, "today": today, "drugs": drugs or [0], "kw": KEYWORDS})
        self.base.note("usage_event", int(result.rowcount or 0))
        result = await self.s.execute(text("""
            INSERT INTO trace_scan (code, result, drug_code_id, division_code, scanned_at, business_date)
            SELECT lpad(CAST(h % 100000000 AS text), 20, '8'),
                   CASE WHEN h % 10 < 8 THEN 'FOUND' WHEN h % 10 = 8 THEN 'UNKNOWN_CODE' ELSE 'INVALID_FORMAT' END,
                   CASE WHEN h % 10 < 8 THEN (CAST(:drugs AS int[]))[1 + (h / 7) % cardinality(CAST(:drugs AS int[]))] END,
                   CASE WHEN h % 2 = 0 THEN '650102' ELSE '653101' END,
                   (CAST(:today AS date) - (h / 5) % 60) + time '15:00', CAST(:today AS date) - (h / 5) % 60
            FROM (SELECT abs(hashtext('scan' || i)) AS h FROM generate_series(1, :n) i) g"""),
            {"n": n // 10, "today": today, "drugs": drugs or [0]})
        self.base.note("trace_scan", int(result.rowcount or 0))
