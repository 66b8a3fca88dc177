/** The problem+json answers of every service; see the module's description. */
package nl.perspectief.problems;
