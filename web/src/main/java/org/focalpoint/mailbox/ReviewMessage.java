package org.focalpoint.mailbox;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.OrganizationChoice;
import org.focalpoint.faces.OrganizationChoiceConverter;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.mailbox.reading.DecodedSource;
import org.focalpoint.optin.OptInOverview;
import org.focalpoint.optin.OptInRecords;
import org.focalpoint.optin.RequestKind;
import org.focalpoint.optin.SectorOptIn;
import org.focalpoint.organizations.MembershipCategory.Standing;
import org.focalpoint.organizations.OrganizationDirectory;
import org.focalpoint.organizations.Sector;
import org.focalpoint.security.CurrentAccount;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One message of the Director's mailbox: everything it says and what the application read in it,
 * and staff's decision. While it waits, staff confirm the request as they read it (prefilled from
 * the reading, against the member's current standing for the sector), reject it with a reason the
 * sender reads, or dismiss it as junk. The mail's content is only ever shown as text, its source
 * decoded unless staff ask for it raw. The service checks the actor and every id again.
 */
@Named
@ViewScoped
public class ReviewMessage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private Clock clock;

    @Inject
    private MailboxReview review;

    @Inject
    private OptInRecords records;

    @Inject
    private OrganizationDirectory directory;

    /** The item id as the address gives it: anything may be typed there. */
    private String item;
    private Long id;
    /** The version staff saw: a decision taken on an item changed since is refused. */
    private long seenVersion;
    /** Read again after the view was restored from elsewhere than memory. */
    private transient MailboxItem mail;
    private boolean sourceShown;
    private boolean rawSourceShown;
    /** The source as shown, decoded once per choice of raw or decoded rather than on every read of the page. */
    private transient String shownSource;
    /** Whether a decision would be acknowledged to the sender, as the service said when the message was opened. */
    private SenderAcknowledgement acknowledgement;

    private RequestKind kind;
    private OrganizationChoice organization;
    private Sector sector;
    private LocalDate effectiveOn;
    private String note;
    private boolean checkedWithMember;
    /** The chosen member's standing per sector, whose version a confirmation must still match. */
    private OptInOverview standing;
    private boolean senderSpeaksForMember;

    private String reason;
    private String dismissal;

    public void open() {
        id = parsed(item);
        try {
            load();
            prefill();
        } catch (RuleViolation refused) {
            id = null;
            mail = null;
            PageMessages.error(refused);
        }
    }

    /** Null unless the address holds a number: the service then says the message is not in the queue. */
    private static Long parsed(String item) {
        try {
            return item == null ? null : Long.valueOf(item.strip());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    private void load() {
        mail = review.item(currentAccount.get(), id);
        seenVersion = mail.getVersion();
        acknowledgement = review.acknowledgement(currentAccount.get(), id);
    }

    /**
     * The confirmation form says what the application read; staff correct what it got wrong. It
     * pre-selects no request the mail does not plainly make (see {@link MailboxItem#getKindToPrefill()}).
     */
    private void prefill() {
        kind = mail.getKindToPrefill();
        organization = mail.getOrganization() == null ? null : getOrganizationConverter().choice(mail.getOrganization().getId());
        sector = mail.getSector() == null ? Sector.ITU_T : mail.getSector();
        effectiveOn = mail.getEffectiveFrom() == null ? LocalDate.now(clock) : mail.getEffectiveFrom();
        note = null;
        checkedWithMember = false;
        memberChosen();
    }

    /** The member's standing and whether the sender speaks for it, as soon as staff choose it. */
    public void organizationChanged() {
        try {
            memberChosen();
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    private void memberChosen() {
        if (organization == null) {
            standing = null;
            senderSpeaksForMember = false;
            return;
        }
        standing = records.overview(currentAccount.get(), organization.id());
        senderSpeaksForMember = review.senderSpeaksFor(currentAccount.get(), id, organization.id());
        List<Sector> sectors = getSectors();
        if (!sectors.isEmpty() && !sectors.contains(sector)) {
            sector = sectors.contains(Sector.ITU_T) ? Sector.ITU_T : sectors.get(0);
        }
    }

    public void confirm() {
        try {
            SenderAcknowledgement sent = review.confirm(currentAccount.get(), id, seenVersion, seenStandingVersion(),
                    new MailConfirmation(kind, organization == null ? null : organization.id(), sector, effectiveOn, note,
                            checkedWithMember));
            String confirmed = kind == RequestKind.OPT_IN ? "staff-mailbox-item.opt-in-confirmed"
                    : "staff-mailbox-item.opt-out-confirmed";
            String member = organization.name();
            load();
            PageMessages.info(confirmed, member, sector, acknowledged(sent));
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
            // the refusal may be that the standing changed meanwhile: show it as it is now
            organizationChanged();
        }
    }

    public void reject() {
        try {
            SenderAcknowledgement sent = review.reject(currentAccount.get(), id, seenVersion, reason);
            load();
            reason = null;
            PageMessages.info("staff-mailbox-item.rejected", acknowledged(sent));
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public void dismiss() {
        try {
            review.dismiss(currentAccount.get(), id, seenVersion, dismissal);
            load();
            dismissal = null;
            PageMessages.info("staff-mailbox-item.dismissed");
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    private String acknowledged(SenderAcknowledgement sent) {
        return switch (sent) {
            case SENT -> words.text("staff-mailbox-item.acknowledged", getMail().getSender());
            case NO_SENDER -> words.text("staff-mailbox-item.no-sender-to-acknowledge");
            case UNKNOWN_ADDRESS -> words.text("staff-mailbox-item.unknown-address-not-acknowledged", getMail().getSender());
        };
    }

    /** Why a decision will not be acknowledged, before staff take it; null when it will be. */
    public String getAcknowledgementWithheld() {
        return acknowledgement == null || acknowledgement == SenderAcknowledgement.SENT ? null
                : acknowledged(acknowledgement);
    }

    public void toggleSource() {
        sourceShown = !sourceShown;
    }

    public void toggleRawSource() {
        rawSourceShown = !rawSourceShown;
        shownSource = null;
    }

    /** The message as received, decoded for reading; raw when staff ask, or when it cannot be decoded. */
    public String getShownSource() {
        if (shownSource == null) {
            String source = getMail().getSource();
            String decoded = source == null || rawSourceShown ? null : DecodedSource.of(source.getBytes(StandardCharsets.UTF_8));
            shownSource = source == null ? words.text("staff-mailbox-item.source-not-stored")
                    : decoded == null ? source : decoded;
        }
        return shownSource;
    }

    public List<OrganizationChoice> suggest(String text) {
        return directory.suggest(Standing.ITU_MEMBER, text).stream().map(OrganizationChoice::of).toList();
    }

    /** Only an active ITU Member can be chosen: a forged id becomes "nothing chosen", which the service refuses. */
    public OrganizationChoiceConverter getOrganizationConverter() {
        return new OrganizationChoiceConverter(directory, () -> Standing.ITU_MEMBER);
    }

    private Optional<SectorOptIn> chosenSector() {
        return standing == null ? Optional.empty()
                : standing.sectors().stream().filter(s -> s.sector() == sector).findFirst();
    }

    /** The version of the standing this page shows for the chosen sector: a change recorded since is refused. */
    private Long seenStandingVersion() {
        return chosenSector().map(SectorOptIn::version).orElse(null);
    }

    /** The chosen member's standing for the chosen sector, in words. */
    public String getCurrentStanding() {
        if (standing == null || sector == null) {
            return words.text("staff-mailbox-item.choose-member-and-sector");
        }
        return chosenSector().map(SectorOptIn::words)
                .orElse(words.text("staff-mailbox-item.member-not-in-sector", standing.organizationName(), sector));
    }

    /**
     * The sectors the chosen member takes part in, every sector until one is chosen; and the one
     * the mail names even if the member takes no part in it, so that the form shows what was
     * asked and the standing says why it cannot be recorded.
     */
    public List<Sector> getSectors() {
        if (standing == null) {
            return List.of(Sector.values());
        }
        List<Sector> sectors = standing.sectors().stream().map(SectorOptIn::sector).toList();
        Sector named = getMail().getSector();
        return named == null || sectors.contains(named) ? sectors
                : Stream.concat(sectors.stream(), Stream.of(named)).sorted().toList();
    }

    public List<SelectItem> getKinds() {
        return List.of(new SelectItem(RequestKind.OPT_IN, words.text("staff-mailbox-item.opt-in")),
                new SelectItem(RequestKind.OPT_OUT, words.text("staff-mailbox-item.opt-out")));
    }

    public MailboxItem getMail() {
        if (mail == null && id != null) {
            mail = review.item(currentAccount.get(), id);
        }
        return mail;
    }

    /** The message could be read: the address named one in the queue. */
    public boolean isOpen() {
        return id != null;
    }

    public boolean isWaiting() {
        return getMail().getState().isOpen();
    }

    public String getSubject() {
        return getMail().getSubject() == null || getMail().getSubject().isBlank() ? words.text("staff-mailbox.no-subject")
                : getMail().getSubject();
    }

    public String getStateWords() {
        MailboxItem m = getMail();
        return m.getUnreadableReason() == null || m.getState() != MailboxItemState.UNREADABLE ? words.label(m.getState())
                : words.text("staff-mailbox-item.state-and-reason", m.getState(), m.getUnreadableReason());
    }

    public String getReceived() {
        return when(getMail().getReceivedAt());
    }

    public String getSize() {
        long bytes = getMail().getSizeBytes();
        if (bytes < 1024) {
            return words.text("staff-mailbox-item.size-bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return words.text("staff-mailbox-item.size-kb", bytes / 1024.0);
        }
        return words.text("staff-mailbox-item.size-mb", bytes / (1024.0 * 1024.0));
    }

    public String getRequestRead() {
        RequestKind read = getMail().getRequestKind();
        String asked = words.text(read == null ? "staff-mailbox-item.no-request-found"
                : read == RequestKind.OPT_IN ? "staff-mailbox-item.opt-in" : "staff-mailbox-item.opt-out");
        return read != null && getMail().isRequestQuotedOnly()
                ? words.text("staff-mailbox-item.request-only-quoted", asked) : asked;
    }

    /** Name, title and organization of whoever signed, as far as they were found. */
    public String getSignatory() {
        MailboxItem m = getMail();
        String signed = Stream.of(m.getSignatoryName(), m.getSignatoryTitle(), m.getSignatoryOrganization())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
        return signed.isEmpty() ? words.text("staff-mailbox-item.signatory-not-found") : signed;
    }

    public boolean isSenderFocalPoint() {
        return getMail().getSenderStanding().speaksForOrganization();
    }

    /** Who decided, how and when. */
    public String getDecision() {
        MailboxItem m = getMail();
        return m.getDecidedBy() == null ? null
                : words.text("staff-mailbox-item.decided", m.getState(), m.getDecidedBy().getFullName(), m.getDecidedAt());
    }

    /** The member whose opt-in history the decision concerns: the one confirmed, or the one the mail named. */
    public Long getHistoryOrganizationId() {
        MailboxItem m = getMail();
        return m.getOptInChange() != null ? m.getOptInChange().getOrganization().getId()
                : m.getOrganization() == null ? null : m.getOrganization().getId();
    }

    public String getHistoryOrganizationName() {
        MailboxItem m = getMail();
        return m.getOptInChange() != null ? m.getOptInChange().getOrganization().getName()
                : m.getOrganization() == null ? null : m.getOrganization().getName();
    }

    private String when(Instant instant) {
        return instant == null ? "" : words.dates().moment(instant);
    }

    public boolean isSourceShown() {
        return sourceShown;
    }

    public boolean isSenderSpeaksForMember() {
        return senderSpeaksForMember;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public RequestKind getKind() {
        return kind;
    }

    public void setKind(RequestKind kind) {
        this.kind = kind;
    }

    public OrganizationChoice getOrganization() {
        return organization;
    }

    public void setOrganization(OrganizationChoice organization) {
        this.organization = organization;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isCheckedWithMember() {
        return checkedWithMember;
    }

    public void setCheckedWithMember(boolean checkedWithMember) {
        this.checkedWithMember = checkedWithMember;
    }

    public String getDismissal() {
        return dismissal;
    }

    public void setDismissal(String dismissal) {
        this.dismissal = dismissal;
    }

    public boolean isRawSourceShown() {
        return rawSourceShown;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
