package nl.gbi.domain;

/** What a verlaging percentage is taken of: the norm including or excluding vakantiegeld (tenant choice). */
public enum VerlagingBase {
    NORM_INCL_VAKANTIEGELD, NORM_EXCL_VAKANTIEGELD
}
