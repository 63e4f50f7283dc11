package dev.slicewise.domain.plate.analysis;

/** Which supports the plate needs: none, normal (grid) ones for flat overhangs, tree ones for organic shapes. */
public enum SupportNeed {
    NONE, NORMAL, TREE
}
