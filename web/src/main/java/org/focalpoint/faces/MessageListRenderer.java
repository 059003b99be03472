package org.focalpoint.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

import java.io.IOException;

/**
 * p:messages without the {@code role="alert"} PrimeFaces 14 puts on each {@code <li>}: a list item
 * with another role leaves its {@code <ul>} a list of nothing to a screen reader (axe-core's rule
 * "list", WCAG 1.3.1). The messages are still read out as they appear: their container is
 * {@code aria-live="polite"}. PrimeFaces 15.0.x and 16 render the items without it (PrimeFaces
 * issue 14864); this renderer goes when PrimeFaces is upgraded.
 */
public class MessageListRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages component, FacesMessage message,
                                 String styleClassPrefix, boolean escape) throws IOException {
        super.encodeMessage(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!"role".equals(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        }, component, message, styleClassPrefix, escape);
    }
}
