/**
 */
package ssiplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Volume Use</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see ssiplan.model.SsiplanPackage#getVolumeUse()
 * @model
 * @generated
 */
public enum VolumeUse implements Enumerator {
	/**
	 * The '<em><b>SYSRES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Member's system residence volume.
	 * <!-- end-model-doc -->
	 * @see #SYSRES_VALUE
	 * @generated
	 * @ordered
	 */
	SYSRES(0, "SYSRES", "SYSRES"),

	/**
	 * The '<em><b>COMMON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shared common volume (PMAINT, often the PDR).
	 * <!-- end-model-doc -->
	 * @see #COMMON_VALUE
	 * @generated
	 * @ordered
	 */
	COMMON(1, "COMMON", "COMMON"),

	/**
	 * The '<em><b>RELEASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Release volume shared by the members at one release.
	 * <!-- end-model-doc -->
	 * @see #RELEASE_VALUE
	 * @generated
	 * @ordered
	 */
	RELEASE(2, "RELEASE", "RELEASE"),

	/**
	 * The '<em><b>SPOOL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spool: reachable by all members, same CP_Owned slot everywhere [C].
	 * <!-- end-model-doc -->
	 * @see #SPOOL_VALUE
	 * @generated
	 * @ordered
	 */
	SPOOL(3, "SPOOL", "SPOOL"),

	/**
	 * The '<em><b>PAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Paging: member-local [C].
	 * <!-- end-model-doc -->
	 * @see #PAGE_VALUE
	 * @generated
	 * @ordered
	 */
	PAGE(4, "PAGE", "PAGE"),

	/**
	 * The '<em><b>TDISK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Temporary disk space: member-local [C].
	 * <!-- end-model-doc -->
	 * @see #TDISK_VALUE
	 * @generated
	 * @ordered
	 */
	TDISK(5, "TDISK", "TDISK"),

	/**
	 * The '<em><b>USER SHARED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User minidisks reachable from every member.
	 * <!-- end-model-doc -->
	 * @see #USER_SHARED_VALUE
	 * @generated
	 * @ordered
	 */
	USER_SHARED(6, "USER_SHARED", "USER-SHARED"),

	/**
	 * The '<em><b>USER LOCAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User minidisks reachable from one member only.
	 * <!-- end-model-doc -->
	 * @see #USER_LOCAL_VALUE
	 * @generated
	 * @ordered
	 */
	USER_LOCAL(7, "USER_LOCAL", "USER-LOCAL");

	/**
	 * The '<em><b>SYSRES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Member's system residence volume.
	 * <!-- end-model-doc -->
	 * @see #SYSRES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SYSRES_VALUE = 0;

	/**
	 * The '<em><b>COMMON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shared common volume (PMAINT, often the PDR).
	 * <!-- end-model-doc -->
	 * @see #COMMON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMON_VALUE = 1;

	/**
	 * The '<em><b>RELEASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Release volume shared by the members at one release.
	 * <!-- end-model-doc -->
	 * @see #RELEASE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RELEASE_VALUE = 2;

	/**
	 * The '<em><b>SPOOL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spool: reachable by all members, same CP_Owned slot everywhere [C].
	 * <!-- end-model-doc -->
	 * @see #SPOOL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPOOL_VALUE = 3;

	/**
	 * The '<em><b>PAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Paging: member-local [C].
	 * <!-- end-model-doc -->
	 * @see #PAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PAGE_VALUE = 4;

	/**
	 * The '<em><b>TDISK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Temporary disk space: member-local [C].
	 * <!-- end-model-doc -->
	 * @see #TDISK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TDISK_VALUE = 5;

	/**
	 * The '<em><b>USER SHARED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User minidisks reachable from every member.
	 * <!-- end-model-doc -->
	 * @see #USER_SHARED
	 * @model literal="USER-SHARED"
	 * @generated
	 * @ordered
	 */
	public static final int USER_SHARED_VALUE = 6;

	/**
	 * The '<em><b>USER LOCAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User minidisks reachable from one member only.
	 * <!-- end-model-doc -->
	 * @see #USER_LOCAL
	 * @model literal="USER-LOCAL"
	 * @generated
	 * @ordered
	 */
	public static final int USER_LOCAL_VALUE = 7;

	/**
	 * An array of all the '<em><b>Volume Use</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final VolumeUse[] VALUES_ARRAY =
		new VolumeUse[] {
			SYSRES,
			COMMON,
			RELEASE,
			SPOOL,
			PAGE,
			TDISK,
			USER_SHARED,
			USER_LOCAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Volume Use</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<VolumeUse> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Volume Use</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VolumeUse get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VolumeUse result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Volume Use</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VolumeUse getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VolumeUse result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Volume Use</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VolumeUse get(int value) {
		switch (value) {
			case SYSRES_VALUE: return SYSRES;
			case COMMON_VALUE: return COMMON;
			case RELEASE_VALUE: return RELEASE;
			case SPOOL_VALUE: return SPOOL;
			case PAGE_VALUE: return PAGE;
			case TDISK_VALUE: return TDISK;
			case USER_SHARED_VALUE: return USER_SHARED;
			case USER_LOCAL_VALUE: return USER_LOCAL;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private VolumeUse(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //VolumeUse
