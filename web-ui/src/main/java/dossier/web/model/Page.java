package dossier.web.model;

/** One page of a list the service pages: where it starts, how long pages are, how many there are in all. */
public record Page(int offset, int limit, int total) {

    public Page {
        if (limit <= 0) {
            throw new IllegalArgumentException("a page holds at least one item, not " + limit);
        }
        offset = Math.max(0, offset);
        total = Math.max(0, total);
    }

    public static Page first(int limit) {
        return new Page(0, limit, 0);
    }

    public Page withTotal(int newTotal) {
        return new Page(offset, limit, newTotal);
    }

    public boolean hasPrevious() {
        return offset > 0;
    }

    public boolean hasNext() {
        return offset + limit < total;
    }

    public Page next() {
        return hasNext() ? new Page(offset + limit, limit, total) : this;
    }

    public Page previous() {
        return new Page(Math.max(0, offset - limit), limit, total);
    }

    /** "21–40 of 45"; "none" when the list is empty. */
    public String label(int shown) {
        if (total == 0 || shown == 0) {
            return "none";
        }
        return (offset + 1) + "–" + (offset + shown) + " of " + total;
    }
}
