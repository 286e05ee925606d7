"""Coordinates and their datum: WGS-84 (GPS, H5 geolocation, stored) and GCJ-02 (China's published maps, WeChat).

GCJ-02 is WGS-84 with a deterministic, position-dependent offset of a few hundred metres inside mainland China
and none outside it. wgs84_to_gcj02 is the public closed-form transform; the inverse has no closed form and is
found by fixed-point iteration to well under a centimetre."""
from __future__ import annotations

import math
from enum import StrEnum

_A = 6378245.0                 # Krasovsky 1940 semi-major axis, as used by GCJ-02
_EE = 0.00669342162296594323   # its first eccentricity squared


class Datum(StrEnum):
    WGS84 = "WGS84"
    GCJ02 = "GCJ02"


class BadCoordinates(ValueError):
    pass


def check(lat: float, lon: float) -> None:
    """Raises BadCoordinates for values that are not a point on the earth."""
    if not (isinstance(lat, (int, float)) and isinstance(lon, (int, float))) or math.isnan(lat) or math.isnan(lon):
        raise BadCoordinates("坐标不是数字")
    if not -90 <= lat <= 90 or not -180 <= lon <= 180:
        raise BadCoordinates("坐标超出范围：纬度应在 -90～90，经度应在 -180～180")


def outside_china(lat: float, lon: float) -> bool:
    """The GCJ-02 offset applies inside this rough mainland box only."""
    return not (72.004 <= lon <= 137.8347 and 0.8293 <= lat <= 55.8271)


def _offset(lat: float, lon: float) -> tuple[float, float]:
    x, y = lon - 105.0, lat - 35.0
    dlat = (-100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
            + (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
            + (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
            + (160.0 * math.sin(y / 12.0 * math.pi) + 320 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0)
    dlon = (300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
            + (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
            + (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
            + (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0)
    rad = lat / 180.0 * math.pi
    magic = 1 - _EE * math.sin(rad) ** 2
    sqrt_magic = math.sqrt(magic)
    dlat = (dlat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrt_magic) * math.pi)
    dlon = (dlon * 180.0) / (_A / sqrt_magic * math.cos(rad) * math.pi)
    return dlat, dlon


def wgs84_to_gcj02(lat: float, lon: float) -> tuple[float, float]:
    if outside_china(lat, lon):
        return lat, lon
    dlat, dlon = _offset(lat, lon)
    return lat + dlat, lon + dlon


def gcj02_to_wgs84(lat: float, lon: float) -> tuple[float, float]:
    if outside_china(lat, lon):
        return lat, lon
    wlat, wlon = lat, lon
    for _ in range(30):  # converges by ~1e-9 degrees in a handful of steps
        glat, glon = wgs84_to_gcj02(wlat, wlon)
        dlat, dlon = glat - lat, glon - lon
        wlat, wlon = wlat - dlat, wlon - dlon
        if abs(dlat) < 1e-10 and abs(dlon) < 1e-10:
            break
    return wlat, wlon


def to_wgs84(lat: float, lon: float, datum: Datum) -> tuple[float, float]:
    """Checks a point and returns it as WGS-84 (the stored datum)."""
    check(lat, lon)
    return gcj02_to_wgs84(lat, lon) if datum == Datum.GCJ02 else (lat, lon)


def from_wgs84(lat: float, lon: float, datum: Datum) -> tuple[float, float]:
    """A stored WGS-84 point in the datum the client asked for."""
    return wgs84_to_gcj02(lat, lon) if datum == Datum.GCJ02 else (lat, lon)


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres on earthdistance's sphere (earth() = 6378168 m): the same figure as
    earth_distance(ll_to_earth(...), ll_to_earth(...)), for the nearest-holders list and for checks."""
    r = 6378168.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))
