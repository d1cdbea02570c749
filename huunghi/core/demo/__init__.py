"""The demo data ``huunghi demo`` loads: the seed provinces' agencies, the documents and plans of the five
seed texts, and one login per role.

``data`` and ``plans`` hold the facts; ``load`` gets or creates them through the services.
"""

from huunghi.core.demo.data import DEMO_PASSWORD
from huunghi.core.demo.load import DemoResult, demo_load, demo_logins, demo_summary

__all__ = ["DEMO_PASSWORD", "DemoResult", "demo_load", "demo_logins", "demo_summary"]
