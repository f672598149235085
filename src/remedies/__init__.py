"""remedies: legal and advocacy documents drafted from one incident record of an online harm."""

__version__ = "0.1.0"
