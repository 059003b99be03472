package org.focalpoint.mailbox.reading;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SignatureBlockTest {

    @Test
    void theAnnexSignatureIsNameTitleOrganization() {
        SignatureBlock block = SignatureBlock.of("""
                On behalf of X, I wish to opt in.

                Yours faithfully,

                Jane Doe
                Head of Standardization
                Example Telecom Ltd""");
        assertEquals(new Signatory("Jane Doe", "Head of Standardization", "Example Telecom Ltd"), block.signatory());
        assertEquals("On behalf of X, I wish to opt in.", block.body());
    }

    @Test
    void contactDetailsAddressesSignedMarksAndDisclaimersAreLeftOut() {
        SignatureBlock block = SignatureBlock.of("""
                Text.

                Best regards,
                (signed)
                Mikko Virtanen
                Standards Manager
                Fjordnet Oy
                Keilaranta 99, 02150 Espoo, Finland
                Tel.: +358 40 555 0199
                mikko.virtanen@fjordnet.test
                www.fjordnet.test

                This e-mail is confidential.""");
        assertEquals(new Signatory("Mikko Virtanen", "Standards Manager", "Fjordnet Oy"), block.signatory());
    }

    @Test
    void aTitleAndOrganizationOnOneLineAreSplit() {
        assertEquals(new Signatory("Li Wei", "Head of Standards", "Rivera Telecom S.p.A."),
                SignatureBlock.of("Text.\n\nRegards,\nLi Wei, Head of Standards, Rivera Telecom S.p.A.").signatory());
        assertEquals(new Signatory("Tom Baker", "Director, Global Standards", "Acme Wireless, Inc."),
                SignatureBlock.of("Text.\n\nRegards,\nTom Baker\nDirector, Global Standards\nAcme Wireless, Inc.").signatory());
    }

    @Test
    void aLastLineThatIsATitleIsNoOrganization() {
        assertEquals(new Signatory("Pieter de Vries", "Manager Standards & Regulation", null),
                SignatureBlock.of("Text.\n\nYours sincerely,\n\nPieter de Vries\nManager Standards & Regulation").signatory());
    }

    @Test
    void frenchAndSpanishClosingsOpenTheSignatureEvenOverSeveralLines() {
        assertEquals(new Signatory("Paul Durand", "Directeur de la normalisation", "SGT SA"), SignatureBlock.of("""
                Texte.

                Veuillez agréer, Madame, Monsieur, l'expression de mes salutations
                distinguées.

                Paul Durand
                Directeur de la normalisation
                SGT SA""").signatory());
        assertEquals(new Signatory("Lucía García", "Jefa de Normalización", "Ejemplo S.A."),
                SignatureBlock.of("Texto.\n\nUn saludo cordial,\n\nLucía García\nJefa de Normalización\nEjemplo S.A.").signatory());
    }

    @Test
    void aClosingFollowedByTheRequestIsNoSignature() {
        String text = """
                Thank you.
                On behalf of Example Telecom Ltd, we wish to opt out of automatic approval of registration requests for all Active ITU Accounts.""";
        SignatureBlock block = SignatureBlock.of(text);
        assertNull(block.signatory());
        assertEquals(text, block.body());
    }

    @Test
    void aSignatureDashOpensTheSignature() {
        assertEquals(new Signatory("Hans Muster", null, "Nordlicht Networks GmbH"),
                SignatureBlock.of("Please opt us in.\n-- \nHans Muster\nNordlicht Networks GmbH").signatory());
    }

    @Test
    void noClosingNoSignature() {
        assertNull(SignatureBlock.of("Please opt us in.").signatory());
    }
}
