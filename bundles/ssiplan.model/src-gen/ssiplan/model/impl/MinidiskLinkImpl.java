/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import ssiplan.model.AccessMode;
import ssiplan.model.MinidiskLink;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Minidisk Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.MinidiskLinkImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link ssiplan.model.impl.MinidiskLinkImpl#getOwnerVaddr <em>Owner Vaddr</em>}</li>
 *   <li>{@link ssiplan.model.impl.MinidiskLinkImpl#getVaddr <em>Vaddr</em>}</li>
 *   <li>{@link ssiplan.model.impl.MinidiskLinkImpl#getMode <em>Mode</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MinidiskLinkImpl extends EObjectImpl implements MinidiskLink {
	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwnerVaddr() <em>Owner Vaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerVaddr()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_VADDR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnerVaddr() <em>Owner Vaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerVaddr()
	 * @generated
	 * @ordered
	 */
	protected String ownerVaddr = OWNER_VADDR_EDEFAULT;

	/**
	 * The default value of the '{@link #getVaddr() <em>Vaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVaddr()
	 * @generated
	 * @ordered
	 */
	protected static final String VADDR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVaddr() <em>Vaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVaddr()
	 * @generated
	 * @ordered
	 */
	protected String vaddr = VADDR_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final AccessMode MODE_EDEFAULT = AccessMode.RR;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected AccessMode mode = MODE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MinidiskLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.MINIDISK_LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MINIDISK_LINK__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwnerVaddr() {
		return ownerVaddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerVaddr(String newOwnerVaddr) {
		String oldOwnerVaddr = ownerVaddr;
		ownerVaddr = newOwnerVaddr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MINIDISK_LINK__OWNER_VADDR, oldOwnerVaddr, ownerVaddr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVaddr() {
		return vaddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVaddr(String newVaddr) {
		String oldVaddr = vaddr;
		vaddr = newVaddr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MINIDISK_LINK__VADDR, oldVaddr, vaddr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccessMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(AccessMode newMode) {
		AccessMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MINIDISK_LINK__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.MINIDISK_LINK__OWNER:
				return getOwner();
			case SsiplanPackage.MINIDISK_LINK__OWNER_VADDR:
				return getOwnerVaddr();
			case SsiplanPackage.MINIDISK_LINK__VADDR:
				return getVaddr();
			case SsiplanPackage.MINIDISK_LINK__MODE:
				return getMode();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SsiplanPackage.MINIDISK_LINK__OWNER:
				setOwner((String)newValue);
				return;
			case SsiplanPackage.MINIDISK_LINK__OWNER_VADDR:
				setOwnerVaddr((String)newValue);
				return;
			case SsiplanPackage.MINIDISK_LINK__VADDR:
				setVaddr((String)newValue);
				return;
			case SsiplanPackage.MINIDISK_LINK__MODE:
				setMode((AccessMode)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SsiplanPackage.MINIDISK_LINK__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case SsiplanPackage.MINIDISK_LINK__OWNER_VADDR:
				setOwnerVaddr(OWNER_VADDR_EDEFAULT);
				return;
			case SsiplanPackage.MINIDISK_LINK__VADDR:
				setVaddr(VADDR_EDEFAULT);
				return;
			case SsiplanPackage.MINIDISK_LINK__MODE:
				setMode(MODE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SsiplanPackage.MINIDISK_LINK__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case SsiplanPackage.MINIDISK_LINK__OWNER_VADDR:
				return OWNER_VADDR_EDEFAULT == null ? ownerVaddr != null : !OWNER_VADDR_EDEFAULT.equals(ownerVaddr);
			case SsiplanPackage.MINIDISK_LINK__VADDR:
				return VADDR_EDEFAULT == null ? vaddr != null : !VADDR_EDEFAULT.equals(vaddr);
			case SsiplanPackage.MINIDISK_LINK__MODE:
				return mode != MODE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (owner: ");
		result.append(owner);
		result.append(", ownerVaddr: ");
		result.append(ownerVaddr);
		result.append(", vaddr: ");
		result.append(vaddr);
		result.append(", mode: ");
		result.append(mode);
		result.append(')');
		return result.toString();
	}

} //MinidiskLinkImpl
