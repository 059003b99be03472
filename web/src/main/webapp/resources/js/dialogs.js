/*
 * Closes a confirmation dialog once its action is done. The action may have re-rendered the page
 * without the section that held the dialog (a cancelled event, a deactivated organization, a decided
 * message): then there is nothing left to close.
 */
function hideIfShown(widgetVar) {
    var dialog = PrimeFaces.widgets[widgetVar];
    if (dialog) {
        dialog.hide();
    }
}
