"""v20261129001: the service hall and the mailbox in the main navigation."""


def install_navigation(setup_tool) -> None:
    setup_tool.runImportStepFromProfile(
        "profile-hami.policy:default", "actions", run_dependencies=False
    )
