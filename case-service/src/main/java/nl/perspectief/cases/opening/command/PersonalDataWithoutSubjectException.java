package nl.perspectief.cases.opening.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;

/**
 * Personal data is only taken in together with the id of the person it is about: without one it could
 * neither be encrypted with that person's key nor erased on their request.
 */
public class PersonalDataWithoutSubjectException extends CaseRuleException {

    PersonalDataWithoutSubjectException(String registration, String party) {
        super(registration + " carries personal data of the " + party
                + " without a data subject id");
    }
}
