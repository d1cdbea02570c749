"""Presentation filters: how money and dates are written for Vietnamese readers."""

from django import template

from huunghi.text import format_money, format_number

register = template.Library()


@register.filter
def money(value):
    """1500000 → '1.500.000 đồng'; empty stays empty."""
    return "" if value in (None, "") else format_money(value)


@register.filter
def number(value):
    return "" if value in (None, "") else format_number(value)


@register.filter
def lines(value):
    """Split a multi-line text field into its non-empty lines (recipients, paragraphs)."""
    return [line for line in (value or "").splitlines() if line.strip()]
