"""The rule registry: which rules exist and which plugin registered each.

A plugin declares rules without naming itself (``rule("absolute-claim", ...)``); the plugin
whose ``replykit_rules`` returns a rule owns it, under the name it was registered with (the
entry-point name for installed plugins).  Renaming a plugin's entry point therefore renames
its rules' ids (``<plugin>.<name>``) and nothing else.
"""

from __future__ import annotations

import pluggy

from replykit.errors import ReplykitError
from replykit.plugins import impls
from replykit.rules import Rule


class RuleRegistry:
    """Every registered rule by id, and each plugin's rules by name and by declaration.

    ``by_plugin[plugin]`` maps both the rule's name and its declaration object to the
    registered rule: the engine resolves whatever a plugin reports with one dict lookup.
    """

    def __init__(self, pm: pluggy.PluginManager) -> None:
        self.rules: dict[str, Rule] = {}
        self.by_plugin: dict[str, dict[str | Rule, Rule]] = {}
        self._ordered: dict[str, list[Rule]] = {}
        owners: dict[Rule, str] = {}
        for plugin, fn in impls(pm, "replykit_rules"):
            own = self.by_plugin.setdefault(plugin, {})
            for declared in fn():
                if not isinstance(declared, Rule) or declared.plugin:
                    what = f"{declared!r} from replykit_rules"
                    raise ReplykitError(f'plugin "{plugin}" returned {what}; declare rules with rule(name, ...)')
                if declared in owners:
                    raise ReplykitError(f'plugin "{plugin}" returns a rule of plugin "{owners[declared]}"')
                registered = declared.registered_as(plugin)
                if registered.id in self.rules:
                    raise ReplykitError(f"rule {registered.id} is declared twice")
                owners[declared] = plugin
                self.rules[registered.id] = registered
                own[declared.name] = registered
                own[declared] = registered
                own[registered] = registered
                self._ordered.setdefault(plugin, []).append(registered)

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
