"""All SQL of enterprise data exchange: uploads and their rows, offers, API batches, distributors, delivery orders.
Every read of business rows takes an access object and filters in SQL; reads return read models (views.py)."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, literal_column, or_, select, update
from sqlalchemy.dialects.postgresql import insert

from domain.catalog.models import CatalogEntry, CatalogVersion
from domain.drugs.models import DrugCode
from domain.exchange.criteria import DeliveryCriteria, OfferCriteria
from domain.exchange.models import (DeliveryOrder, DeliveryStatus, ExchangeBatch, WholesaleOffer, WholesaleUpload,
                                    WholesaleUploadRow)
from domain.exchange.views import (BatchView, DeliveryOrderView, DeliveryStats, DrugTableRow, OfferView, OrgView,
                                   TradeSummary, UploadRowView, UploadView)
from domain.identity.models import Organisation
from domain.shared.db import any_of, like_escape
from domain.shared.pagination import Page, PageRequest, keyset_page
from domain.shared.reads import Repository, reads, writes
from domain.supply.access import OrgAccess
from domain.supply.models import StockLevel

_ORG = len(OrgView.columns)



def delivery_in_area(divisions: Any) -> Any:
    """The one scoping rule of delivery orders for an area (officials' access, and a divisionCode filter): a delivery
    concerns both its ends (SUP-03 distributors, SUP-04 in-transit to institutions), so it is in an area when its
    distributor is there (`division_code`, the distributor's) OR the institution it delivers to is. The prefecture
    of a distributor and the prefecture of the receiving institution both see it; no one else does."""
    return or_(any_of(DeliveryOrder.division_code, divisions),
               DeliveryOrder.institution_id.in_(
                   select(Organisation.id).where(any_of(Organisation.division_code, divisions))))


def _org_scope(access: OrgAccess, org_col: Any, division_col: Any) -> list[Any]:
    if access.own is not None:
        return [org_col == access.own]
    if access.divisions is not None:
        return [any_of(division_col, access.divisions)]
    return []


def _offer(r: Sequence[Any]) -> OfferView:
    return OfferView(*r[:13], OrgView(*r[13:]))


def _stats(r: Sequence[Any]) -> DeliveryStats:
    # organisation columns, then the aggregates (NULL for a distributor without orders)
    (orders, lines, delivered, in_transit, cancelled, ordered_qty, delivered_qty, due, on_time, last) = r[_ORG:]
    return DeliveryStats(OrgView(*r[:_ORG]), orders or 0, lines or 0, delivered or 0, in_transit or 0, cancelled or 0,
                         Decimal(ordered_qty or 0), Decimal(delivered_qty or 0), due or 0, on_time or 0, last)


class ExchangeRepository(Repository):
    # --- API batches -------------------------------------------------------------------------

    @reads
    async def batch(self, kind: str, sender: str, batch_key: str) -> BatchView | None:
        """Returns an earlier batch of this kind from this sender under this key."""
        row = await self.db.first(BatchView.select().where(
            ExchangeBatch.kind == kind, ExchangeBatch.sender == sender, ExchangeBatch.batch_key == batch_key))
        return BatchView.of(row) if row is not None else None

    @writes
    async def add_batch(self, batch: ExchangeBatch) -> ExchangeBatch:
        """Stores a new batch (its id and creation time assigned)."""
        self.session.add(batch)
        await self.session.flush()
        return batch

    # --- organisations -----------------------------------------------------------------------

    @writes
    async def lock_org(self, org_id: int) -> Organisation | None:
        """Returns and locks an organisation (serialises one enterprise's reports)."""
        return (await self.session.scalars(select(Organisation).where(Organisation.id == org_id)
                                           .with_for_update())).first()

    @reads
    async def org_by_code(self, code: str) -> OrgView | None:
        """Returns the organisation with this code or credit code."""
        row = await self.db.first(select(*OrgView.columns).where(
            or_(Organisation.code == code, Organisation.credit_code == code)).order_by(Organisation.id))
        return OrgView(*row) if row is not None else None

    @writes
    async def lock_orgs_by_credit_codes(self, codes: Sequence[str]) -> dict[str, Organisation]:
        """Returns credit code → organisation for these codes, locked (the distributor sync changes them)."""
        rows = (await self.session.scalars(select(Organisation).where(any_of(Organisation.credit_code, codes))
                                           .order_by(Organisation.id).with_for_update())).all()
        return {o.credit_code: o for o in rows if o.credit_code}

    @reads
    async def orgs_by_codes(self, codes: Sequence[str]) -> dict[str, OrgView]:
        """Returns code → organisation for these codes (institution codes)."""
        rows = await self.db.rows(select(*OrgView.columns).where(any_of(Organisation.code, codes)))
        return {r[1]: OrgView(*r) for r in rows}

    @writes
    async def add_org(self, org: Organisation) -> Organisation:
        """Stores a new organisation (a synchronised distributor; its id assigned)."""
        self.session.add(org)
        await self.session.flush()
        return org

    # --- uploads -----------------------------------------------------------------------------

    @staticmethod
    def _upload_scope(access: OrgAccess) -> list[Any]:
        return _org_scope(access, WholesaleUpload.organisation_id, WholesaleUpload.division_code)

    @reads
    async def upload(self, access: OrgAccess, upload_id: int) -> UploadView | None:
        """Returns an upload the caller sees."""
        row = await self.db.first(UploadView.select().where(WholesaleUpload.id == upload_id,
                                                            *self._upload_scope(access)))
        return UploadView.of(row) if row is not None else None

    @writes
    async def upload_for_update(self, access: OrgAccess, upload_id: int) -> WholesaleUpload | None:
        """Returns and locks an upload the caller sees, for a service to change."""
        return (await self.session.scalars(select(WholesaleUpload).where(
            WholesaleUpload.id == upload_id, *self._upload_scope(access)).with_for_update())).first()

    @writes
    async def add_upload(self, upload: WholesaleUpload) -> WholesaleUpload:
        """Stores a new upload (its id and times assigned)."""
        self.session.add(upload)
        await self.session.flush()
        return upload

    @reads
    async def uploads_page(self, access: OrgAccess, state: str | None, request: PageRequest) -> Page[UploadView]:
        """Returns one page of uploads the caller sees, newest first."""
        stmt = UploadView.select().where(*self._upload_scope(access))
        if state:
            stmt = stmt.where(WholesaleUpload.state == state)
        return await keyset_page(self.db, stmt, [(WholesaleUpload.id, True)], request, id_col=WholesaleUpload.id,
                                 make=UploadView.of)

    @reads
    async def upload_file(self, upload_id: int) -> bytes:
        """Returns the stored file of an upload's latest attempt (the job)."""
        return bytes(await self.db.scalar(select(WholesaleUpload.file_content)
                                          .where(WholesaleUpload.id == upload_id)) or b"")

    @writes
    async def claim_upload(self, upload_id: int, stale_before: datetime) -> UploadView | None:
        """Moves an UPLOADED upload to VALIDATING and returns it; None if another run has it or it is done. A
        VALIDATING upload untouched since `stale_before` belongs to a run that died: it is claimed again."""
        row = (await self.session.execute(update(WholesaleUpload).where(
            WholesaleUpload.id == upload_id,
            or_(WholesaleUpload.state == "UPLOADED",
                and_(WholesaleUpload.state == "VALIDATING", WholesaleUpload.updated_at < stale_before)))
            .values(state="VALIDATING", updated_at=func.now()).returning(*UploadView.columns))).first()
        return UploadView.of(row) if row is not None else None

    @reads
    async def stranded_uploads(self, stale_before: datetime) -> list[int]:
        """Uploads waiting or validating since before `stale_before` (their job was lost or died)."""
        return await self.db.column(select(WholesaleUpload.id).where(
            WholesaleUpload.state.in_(("UPLOADED", "VALIDATING")), WholesaleUpload.updated_at < stale_before)
            .order_by(WholesaleUpload.id).limit(100))

    @writes
    async def add_rows(self, rows: list[dict[str, Any]]) -> None:
        """Stores per-row results."""
        if rows:
            await self.session.execute(insert(WholesaleUploadRow), rows)

    def _rows(self, access: OrgAccess, upload_id: int, attempt: int | None, status: str | None) -> Any:
        stmt = UploadRowView.select().join(WholesaleUpload, WholesaleUpload.id == WholesaleUploadRow.upload_id) \
            .where(WholesaleUploadRow.upload_id == upload_id, *self._upload_scope(access))
        if attempt is not None:
            stmt = stmt.where(WholesaleUploadRow.attempt == attempt)
        if status:
            stmt = stmt.where(WholesaleUploadRow.status == status)
        return stmt

    @reads
    async def rows_page(self, access: OrgAccess, upload_id: int, attempt: int | None, status: str | None,
                        request: PageRequest) -> Page[UploadRowView]:
        """Returns one page of an upload's row results, by attempt and line."""
        return await keyset_page(self.db, self._rows(access, upload_id, attempt, status),
                                 [(WholesaleUploadRow.attempt, False), (WholesaleUploadRow.row_no, False),
                                  (WholesaleUploadRow.id, False)], request, id_col=WholesaleUploadRow.id,
                                 make=UploadRowView.of)

    @reads
    async def all_rows(self, access: OrgAccess, upload_id: int, attempt: int | None,
                       status: str | None) -> list[UploadRowView]:
        """Returns an upload's row results (export; at most the upload's row cap)."""
        stmt = self._rows(access, upload_id, attempt, status).order_by(
            WholesaleUploadRow.attempt, WholesaleUploadRow.row_no, WholesaleUploadRow.id)
        return UploadRowView.many(await self.db.rows(stmt))

    # --- offers ------------------------------------------------------------------------------

    @writes
    async def upsert_offers(self, org: Organisation, rows: list[dict[str, Any]]) -> None:
        """Stores offers; an older as-of date never overwrites a newer one."""
        if not rows:
            return
        stmt = insert(WholesaleOffer).values([{**r, "organisation_id": org.id, "division_code": org.division_code}
                                              for r in rows])
        cols = ("stock_qty", "purchase_price", "purchase_date", "listing_status", "listing_id", "listing_price",
                "listing_category", "as_of", "source", "upload_id", "batch_id", "division_code")
        stmt = stmt.on_conflict_do_update(
            index_elements=["organisation_id", "drug_code_id"],
            set_={**{c: getattr(stmt.excluded, c) for c in cols}, "updated_at": func.now()},
            where=WholesaleOffer.as_of <= stmt.excluded.as_of)
        await self.session.execute(stmt)

    @writes
    async def set_on_hand(self, org_id: int, levels: dict[int, tuple[Decimal, date]]) -> None:
        """Sets the organisation's stock level (on-hand, as-of) per drug, unless a newer level exists; this is what
        the stocking statistics (SUP-07/08) read."""
        if not levels:
            return
        stmt = insert(StockLevel).values([{"organisation_id": org_id, "drug_code_id": d, "on_hand": q, "as_of": a}
                                          for d, (q, a) in levels.items()])
        stmt = stmt.on_conflict_do_update(
            index_elements=["organisation_id", "drug_code_id"],
            set_={"on_hand": stmt.excluded.on_hand, "as_of": stmt.excluded.as_of, "batch_id": None,
                  "updated_at": func.now()},
            where=StockLevel.as_of <= stmt.excluded.as_of)
        await self.session.execute(stmt)

    @writes
    async def set_in_transit(self, org_id: int, levels: dict[int, tuple[Decimal, date]]) -> None:
        """Sets a distributor's in-transit quantity per drug (a new level starts with nothing on hand)."""
        if not levels:
            return
        stmt = insert(StockLevel).values([{"organisation_id": org_id, "drug_code_id": d, "on_hand": Decimal(0),
                                           "in_transit": q, "as_of": a} for d, (q, a) in levels.items()])
        stmt = stmt.on_conflict_do_update(
            index_elements=["organisation_id", "drug_code_id"],
            set_={"in_transit": stmt.excluded.in_transit, "updated_at": func.now(),
                  "as_of": func.greatest(StockLevel.as_of, stmt.excluded.as_of)},
            where=StockLevel.as_of <= stmt.excluded.as_of)
        await self.session.execute(stmt)

    @reads
    async def offers_page(self, wholesalers: OrgAccess, c: OfferCriteria, request: PageRequest) -> Page[OfferView]:
        """Returns one page of offers of the wholesalers the caller sees, by drug code then wholesaler."""
        o = WholesaleOffer
        stmt = select(o.organisation_id, o.drug_code_id, o.stock_qty, o.purchase_price, o.purchase_date,
                      o.listing_status, o.listing_id, o.listing_price, o.listing_category, o.as_of, o.source,
                      o.updated_at, DrugCode.code, *OrgView.columns) \
            .join(DrugCode, DrugCode.id == o.drug_code_id) \
            .join(Organisation, Organisation.id == o.organisation_id) \
            .where(*_org_scope(wholesalers, o.organisation_id, o.division_code))
        if c.drug_code:
            stmt = stmt.where(DrugCode.code.startswith(c.drug_code, autoescape=True))
        if c.name:
            q = f"%{like_escape(c.name.strip())}%"
            stmt = stmt.where(or_(DrugCode.generic_name.ilike(q), DrugCode.trade_name.ilike(q),
                                  DrugCode.registered_name.ilike(q)))
        if c.wholesaler_id is not None:
            stmt = stmt.where(o.organisation_id == c.wholesaler_id)
        if c.division_codes is not None:
            stmt = stmt.where(any_of(o.division_code, c.division_codes))
        if c.in_stock:
            stmt = stmt.where(o.stock_qty > 0)
        return await keyset_page(self.db, stmt, [(DrugCode.code, False), (o.organisation_id, False)], request,
                                 id_col=o.organisation_id, make=_offer,
                                 values_of=lambda v: [v.drug_code, v.organisation_id])

    @reads
    async def drug_table(self, org_id: int, catalog_id: int | None) -> list[DrugTableRow]:
        """Returns every drug the wholesaler carries (offers and stock levels) with its master data, offer and entry
        in the given catalog version (DRUG-14), by code."""
        carried = select(WholesaleOffer.drug_code_id).where(WholesaleOffer.organisation_id == org_id).union(
            select(StockLevel.drug_code_id).where(StockLevel.organisation_id == org_id)).subquery()
        stmt = select(DrugCode.code, DrugCode.registered_name, DrugCode.generic_name, DrugCode.trade_name,
                      DrugCode.registered_form, DrugCode.spec, DrugCode.packaging, DrugCode.approval_no,
                      DrugCode.standard_code, CatalogEntry.reimbursement_class, CatalogEntry.insurance_name,
                      CatalogEntry.catalog_no, CatalogVersion.version_no,
                      func.coalesce(WholesaleOffer.stock_qty, StockLevel.on_hand).label("stock_qty"),
                      WholesaleOffer.purchase_price, WholesaleOffer.listing_status, WholesaleOffer.listing_price,
                      func.coalesce(WholesaleOffer.as_of, StockLevel.as_of).label("as_of")) \
            .select_from(DrugCode).join(carried, carried.c.drug_code_id == DrugCode.id) \
            .outerjoin(WholesaleOffer, and_(WholesaleOffer.organisation_id == org_id,
                                            WholesaleOffer.drug_code_id == DrugCode.id)) \
            .outerjoin(StockLevel, and_(StockLevel.organisation_id == org_id, StockLevel.drug_code_id == DrugCode.id)) \
            .outerjoin(CatalogEntry, and_(CatalogEntry.version_id == (catalog_id or -1),
                                          CatalogEntry.drug_code_id == DrugCode.id)) \
            .outerjoin(CatalogVersion, CatalogVersion.id == CatalogEntry.version_id) \
            .order_by(DrugCode.code)
        return [DrugTableRow(*r) for r in await self.db.rows(stmt)]

    @reads
    async def drug_trade_summary(self, wholesalers: OrgAccess, drug_id: int) -> TradeSummary:
        """One drug's wholesale picture among the wholesalers the caller sees (DRUG-22): how many carry it, total
        stock, the newest purchase price and its range, and the newest listing (挂网) data reported for it."""
        o = WholesaleOffer
        where = [o.drug_code_id == drug_id, *_org_scope(wholesalers, o.organisation_id, o.division_code)]
        count, stock, low, high = await self.db.first(select(
            func.count(), func.coalesce(func.sum(o.stock_qty), 0), func.min(o.purchase_price),
            func.max(o.purchase_price)).where(*where))
        purchase = await self.db.first(
            select(o.purchase_price, o.purchase_date).where(*where, o.purchase_price.is_not(None))
            .order_by(o.purchase_date.desc().nulls_last(), o.as_of.desc()).limit(1))
        listing = await self.db.first(
            select(o.listing_status, o.listing_id, o.listing_price, o.as_of, o.listing_category)
            .where(*where, o.listing_status.is_not(None))
            .order_by(o.as_of.desc(), o.updated_at.desc()).limit(1))
        return TradeSummary(count, stock, low, high, *(purchase or (None, None)), *(listing or (None,) * 5))

    # --- deliveries --------------------------------------------------------------------------

    @writes
    async def upsert_orders(self, rows: list[dict[str, Any]]) -> int:
        """Inserts or updates order lines by (distributor, order number, drug); returns how many were new."""
        if not rows:
            return 0
        stmt = insert(DeliveryOrder).values(rows)
        cols = ("institution_id", "ordered_qty", "delivered_qty", "order_date", "due_date", "delivered_date",
                "status", "batch_id", "division_code")
        stmt = stmt.on_conflict_do_update(
            index_elements=["distributor_id", "order_no", "drug_code_id"],
            set_={**{c: getattr(stmt.excluded, c) for c in cols}, "updated_at": func.now()}) \
            .returning(literal_column("(xmax = 0)").label("inserted"))
        return sum(1 for r in await self.session.execute(stmt) if r.inserted)

    def _orders(self, access: OrgAccess, c: DeliveryCriteria) -> list[Any]:
        if access.own is not None:  # a distributor sees what it delivers, an institution what it ordered
            where: list[Any] = [or_(DeliveryOrder.distributor_id == access.own,
                                    DeliveryOrder.institution_id == access.own)]
        elif access.divisions is not None:
            where = [delivery_in_area(access.divisions)]
        else:
            where = []
        if c.distributor_id is not None:
            where.append(DeliveryOrder.distributor_id == c.distributor_id)
        if c.institution_id is not None:
            where.append(DeliveryOrder.institution_id == c.institution_id)
        if c.order_no:
            where.append(DeliveryOrder.order_no == c.order_no)
        if c.statuses:
            where.append(any_of(DeliveryOrder.status, c.statuses))
        if c.division_codes is not None:
            where.append(delivery_in_area(c.division_codes))
        if c.drug_code_id is not None:
            where.append(DeliveryOrder.drug_code_id == c.drug_code_id)
        if c.order_from is not None:
            where.append(DeliveryOrder.order_date >= c.order_from)
        if c.order_to is not None:
            where.append(DeliveryOrder.order_date <= c.order_to)
        return where

    @reads
    async def orders_page(self, access: OrgAccess, c: DeliveryCriteria,
                          request: PageRequest) -> Page[DeliveryOrderView]:
        """Returns one page of order lines the caller sees, most recently reported first."""
        stmt = DeliveryOrderView.select().where(*self._orders(access, c))
        return await keyset_page(self.db, stmt, [(DeliveryOrder.id, True)], request, id_col=DeliveryOrder.id,
                                 make=DeliveryOrderView.of)

    @reads
    async def delivery_stats_page(self, access: OrgAccess, c: DeliveryCriteria, today: date,
                                  request: PageRequest) -> Page[DeliveryStats]:
        """Returns one page of distributors with their delivery statistics over the criteria's orders the caller
        sees (delivery_in_area), by code: orders, lines, quantities, delivery rate and on-time rate, computed in one
        grouped subquery. An official gets the distributors of the area, and those from elsewhere that delivered
        into it (with the figures of those deliveries only)."""
        o = DeliveryOrder
        live = o.status != DeliveryStatus.CANCELLED
        due = and_(live, o.due_date.is_not(None), or_(o.delivered_date.is_not(None), o.due_date < today))
        on_time = and_(due, o.delivered_date.is_not(None), o.delivered_date <= o.due_date,
                       o.delivered_qty >= o.ordered_qty)
        agg = select(o.distributor_id.label("distributor_id"),
                     func.count(func.distinct(o.order_no)).label("orders"),
                     func.count().label("lines"),
                     func.count().filter(o.status == DeliveryStatus.DELIVERED).label("delivered_lines"),
                     func.count().filter(o.status == DeliveryStatus.IN_TRANSIT).label("in_transit_lines"),
                     func.count().filter(o.status == DeliveryStatus.CANCELLED).label("cancelled_lines"),
                     func.coalesce(func.sum(o.ordered_qty).filter(live), 0).label("ordered_qty"),
                     func.coalesce(func.sum(o.delivered_qty).filter(live), 0).label("delivered_qty"),
                     func.count().filter(due).label("due_lines"),
                     func.count().filter(on_time).label("on_time_lines"),
                     func.max(o.order_date).label("last_order_date")) \
            .where(*self._orders(access, c)).group_by(o.distributor_id).subquery("agg")
        stmt = select(*OrgView.columns, *[x for x in agg.c if x.key != "distributor_id"]) \
            .select_from(Organisation).outerjoin(agg, agg.c.distributor_id == Organisation.id) \
            .where(Organisation.subtype == "DISTRIBUTOR")
        delivered_here = agg.c.distributor_id.is_not(None)
        if access.own is not None:
            stmt = stmt.where(Organisation.id == access.own)
        elif access.divisions is not None:
            stmt = stmt.where(or_(any_of(Organisation.division_code, access.divisions), delivered_here))
        if c.distributor_id is not None:
            stmt = stmt.where(Organisation.id == c.distributor_id)
        if c.division_codes is not None:
            stmt = stmt.where(or_(any_of(Organisation.division_code, c.division_codes), delivered_here))
        if c.drug_code_id is not None:  # one drug's distribution (DRUG-23): only distributors that delivered it
            stmt = stmt.where(agg.c.distributor_id.is_not(None))
        return await keyset_page(self.db, stmt, [(Organisation.code, False)], request, id_col=Organisation.id,
                                 make=_stats, values_of=lambda v: [v.distributor.code])
