"""The rule registry: the one place that answers which rules exist, which plugin registered
each, which are on, at what severity, fixable or not, and with which plugin options.

A plugin declares rules without naming itself (``rule("absolute-claim", ...)``); the plugin
whose ``replykit_rules`` returns a rule owns it, under the name it was registered with (the
entry-point name for installed plugins).  Renaming a plugin's entry point therefore renames
its rules' ids (``<plugin>.<name>``) and nothing else.

The engine, ``replykit rules``, the service and lint all ask an Assistant's registry
(``assistant.registry``) rather than reading the config themselves.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pluggy
from pydantic import BaseModel, ValidationError

from replykit.config import Config, describe_errors, override, selects_any, snake, switched_on
from replykit.errors import ConfigError, PluginLoadError
from replykit.models import Severity
from replykit.plugins import call_each
from replykit.rules import Rule


class RuleRegistry:
    """Every registered rule by id, each plugin's rules, and the config's say on each.

    ``by_plugin[plugin]`` maps both the rule's name and its declaration object to the
    registered rule: the engine resolves whatever a plugin reports with one dict lookup.
    """

    def __init__(self, pm: pluggy.PluginManager, config: Config | None = None) -> None:
        self.config = config = config or Config()
        self.rules: dict[str, Rule] = {}
        self.by_plugin: dict[str, dict[str | Rule, Rule]] = {}
        self._ordered: dict[str, list[Rule]] = {}
        owners: dict[Rule, str] = {}
        for plugin, results in call_each(pm, "replykit_rules"):
            own = self.by_plugin.setdefault(plugin, {})
            for returned in results:
                if isinstance(returned, (str, bytes)) or not hasattr(returned, "__iter__"):
                    raise PluginLoadError(plugin, f"replykit_rules returned {returned!r}, not a list of rules")
                for declared in returned:
                    if not isinstance(declared, Rule) or declared.plugin:
                        what = f"{declared!r} from replykit_rules"
                        raise PluginLoadError(plugin, f"returned {what}; declare rules with rule(name, ...)")
                    if declared in owners:
                        raise PluginLoadError(plugin, f'returns a rule of plugin "{owners[declared]}"')
                    registered = declared.registered_as(plugin)
                    if registered.id in self.rules:
                        raise PluginLoadError(plugin, f"rule {registered.id} is declared twice")
                    owners[declared] = plugin
                    self.rules[registered.id] = registered
                    own[declared.name] = registered
                    own[declared] = registered
                    own[registered] = registered
                    self._ordered.setdefault(plugin, []).append(registered)
        self._check_selectors()
        on = [*config.select, *config.extend_select]
        self.enabled: frozenset[str] = frozenset(rid for rid in self.rules if switched_on(on, config.ignore, rid))
        """Ids of the rules the config switched on (select / extend-select / ignore)."""
        self.severities: Mapping[str, Severity] = {
            rid: override(config.severity, rid, r.severity) for rid, r in self.rules.items()
        }
        """Each rule's severity after the config's overrides."""
        self.fixables: Mapping[str, bool] = {
            rid: switched_on(config.fixable, config.unfixable, rid) for rid in self.rules
        }
        """Whether the config lets each rule's fixes be applied (fixable / unfixable)."""
        self.options: dict[str, Any] = self._plugin_options(pm)
        """Each plugin's validated options (its ``replykit_options_model``), or the raw dict."""

    def plugin_rules(self, plugin: str) -> list[Rule]:
        """The rules a plugin registered, in declaration order."""
        return self._ordered.get(plugin, [])

    def registered(self, declared: Rule) -> Rule:
        """The registered copy of a declaration.

        :raises KeyError: no loaded plugin returned it.
        """
        for own in self.by_plugin.values():
            found = own.get(declared)
            if found is not None:
                return found
        raise KeyError(declared.name)

    def severity(self, rule_id: str) -> Severity:
        """A rule's severity after the config's overrides (the most specific prefix wins)."""
        return self.severities[rule_id]

    def fixable(self, rule_id: str) -> bool:
        """Whether the config lets this rule's fixes be applied."""
        return self.fixables[rule_id]

    def is_enabled(self, rule_id: str) -> bool:
        """Whether the config selected this rule."""
        return rule_id in self.enabled

    def listing(self, locale: str | None = None) -> list[dict[str, Any]]:
        """Every rule as the config sees it, sorted by id: what ``replykit rules`` prints and the
        service's ``/rules`` returns. ``locale`` picks the description's language (None: English)."""
        return [
            {
                "id": rid,
                "plugin": r.plugin,
                "severity": self.severities[rid],
                "fix": r.fix,
                "enabled": rid in self.enabled,
                "description": r.describe(locale) if locale else r.description,
            }
            for rid, r in sorted(self.rules.items())
        ]

    def known(self, prefix: str) -> bool:
        """Whether a selector ('ALL', a plugin, a rule id) names at least one registered rule."""
        return selects_any(prefix, self.rules)

    def _check_selectors(self) -> None:
        cfg = self.config
        lists = {
            "select": cfg.select,
            "extend-select": cfg.extend_select,
            "ignore": cfg.ignore,
            "fixable": cfg.fixable,
            "unfixable": cfg.unfixable,
            "severity": list(cfg.severity),
        }
        for key, prefixes in lists.items():
            for p in prefixes:
                if not self.known(p):
                    raise ConfigError(f"{cfg.where(key)}'{key}': unknown rule or prefix {p!r}")

    def _plugin_options(self, pm: pluggy.PluginManager) -> dict[str, Any]:
        cfg = self.config
        models = {
            name: next((m for m in found if m is not None), None)
            for name, found in call_each(pm, "replykit_options_model")
        }
        names = {name for name, _ in pm.list_name_plugin()}
        for name in cfg.plugins:
            if name not in names:
                raise ConfigError(f"{cfg.where('plugins.' + name)}'plugins.{name}': no plugin named {name!r} is loaded")
        options: dict[str, Any] = {}
        for name in names:
            # Files spell keys in kebab-case (extra-terms); models use snake_case.
            raw = {snake(k): v for k, v in cfg.plugins.get(name, {}).items()}
            model = models.get(name)
            if model is None:
                options[name] = raw
                continue
            if not (isinstance(model, type) and issubclass(model, BaseModel)):
                raise PluginLoadError(name, f"replykit_options_model returned {model!r}, not a pydantic model class")
            try:
                options[name] = model.model_validate(raw)
            except ValidationError as exc:
                raise ConfigError(describe_errors(exc, cfg.source, prefix=f"plugins.{name}")) from None
        return options
