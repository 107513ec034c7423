"""The rules core: household facts in, an Assessment with its legal trace out.

Pure and deterministic: no I/O after the parameters are loaded, no clock, no Rasa, no FastAPI.

    from rules_core import Household, assess
    assessment = assess(Household.model_validate(facts))
"""

# The one version of the rules and of the package: pyproject.toml, the API docs and every
# receipt read it here. The receipt also carries a digest of the rules' source (rules_hash).
__version__ = "0.1.0"

from rules_core.assessment import Assessment
from rules_core.engine import assess
from rules_core.household import Household

__all__ = ["Assessment", "Household", "__version__", "assess"]
