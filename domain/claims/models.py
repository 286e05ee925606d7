"""Claims data: insurance-settled sales (医保结算明细) per institution and drug, pushed by the settlement system
(`settlementSalesLoad`, PUB-08; later CLM-…).

Read by the public "recently settled under insurance" indicator (PUB-08: triggers keep the date of each institution ×
drug's last settled sale on public_holder, migration 20261130_2300), by the drug file's sales and usage section
(DRUG-24, domain.claims.sales), the catalog stocking status (DRUG-06, domain.supply.stocking_status) and the
rare-disease treatment needs (SUP-45, domain.supply.rare_disease). Stocking statistics and warnings work from the
institutions' own 进销存 reports (domain.supply)."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Numeric, String, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base
from domain.supply.models import QTY


class SettlementSale(Base):
    __tablename__ = "settlement_sale"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    drug_code_id: Mapped[int] = mapped_column(ForeignKey("drug_code.id"))
    settlement_no: Mapped[str] = mapped_column(String(64))   # 结算流水号 (setl_id)
    settled_on: Mapped[date] = mapped_column(Date)            # Asia/Shanghai
    quantity: Mapped[Decimal] = mapped_column(QTY)            # minimum packs, as in stock reports
    amount: Mapped[Decimal] = mapped_column(Numeric(18, 2))         # 总金额
    fund_amount: Mapped[Decimal] = mapped_column(Numeric(18, 2))    # 统筹基金支付
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())

    __table_args__ = (
        # resending the same settlement line is a no-op (idempotent load)
        UniqueConstraint("organisation_id", "settlement_no", "drug_code_id"),
        Index("ix_settlement_sale_org_drug_date", "organisation_id", "drug_code_id", "settled_on"),
        Index("ix_settlement_sale_drug_date", "drug_code_id", "settled_on"),
    )
