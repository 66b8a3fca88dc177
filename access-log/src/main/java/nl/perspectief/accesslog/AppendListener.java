package nl.perspectief.accesslog;

/** Told of every stored record, after its transaction committed. */
@FunctionalInterface
interface AppendListener {

    AppendListener NONE = record -> { };

    void appended(AccessRecord record);
}
