package nl.gbi.sepa;

import javax.xml.stream.XMLInputFactory;

/**
 * StAX readers for files that come from outside: namespace-aware, never resolving external entities, and
 * either refusing DTDs or reporting them so the caller can refuse the file.
 */
public final class SafeXml {

    private SafeXml() {
    }

    /**
     * A factory for untrusted input. {@code reportDtd} true lets a DOCTYPE through as a {@code DTD} event
     * (entities not replaced) so the caller can refuse it with a clear message; false makes it unsupported.
     */
    public static XMLInputFactory inputFactory(boolean reportDtd) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, reportDtd);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, !reportDtd);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
