from huunghi.accounts import permissions


def navigation(request):
    """What the site header needs on every page: the user's province and whether to offer 'new' buttons."""
    user = request.user
    if not user.is_authenticated:
        return {}
    return {
        "nav_province": permissions.home_province(user),
        "nav_can_create": permissions.can_create_anything(user),
        "nav_is_admin": permissions.is_admin(user),
    }
