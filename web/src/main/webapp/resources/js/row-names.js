/*
 * Names each row's selection box after the row's person, as the table's ariaRowLabel writes it on
 * the server: PrimeFaces 14.0.12's script renames the boxes "Select <row key>" whenever a row's
 * selection changes (primefaces#13883, fixed in 15.0.5; this file goes with that upgrade). The
 * server's name is kept on the box and put back after PrimeFaces has renamed it.
 */
(function () {
    var table = PrimeFaces.widget.DataTable.prototype;
    if (table.fpRowNames) {
        return; // the page's update loaded this file again
    }
    table.fpRowNames = true;
    var rename = table.updateSelectionAria;
    table.updateSelectionAria = function (row) {
        var boxes = row ? row.children('td.ui-selection-column').find(':checkbox,div.ui-chkbox-box') : $();
        boxes.each(function () {
            var box = $(this);
            if (box.attr('data-fp-name') === undefined) {
                box.attr('data-fp-name', box.attr('aria-label') || '');
            }
        });
        rename.apply(this, arguments);
        boxes.each(function () {
            var box = $(this);
            if (box.attr('data-fp-name')) {
                box.attr('aria-label', box.attr('data-fp-name'));
            }
        });
    };
})();
